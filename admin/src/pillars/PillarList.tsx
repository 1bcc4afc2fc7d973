import { BooleanField, BooleanInput, DataTable, List, NullableBooleanInput, ReferenceInput, SearchInput, SelectInput } from 'react-admin';

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Name, slug or description" />,
  <ReferenceInput key="focusAreaCode" source="focusAreaCode" reference="focusAreas" sort={{ field: 'position', order: 'ASC' }} alwaysOn>
    <SelectInput label="Focus area" optionText="name" sx={{ minWidth: 240 }} />
  </ReferenceInput>,
  <NullableBooleanInput key="published" source="published" />,
  <BooleanInput key="includeArchived" source="includeArchived" label="Include archived" />,
];

/** Unsorted, pillars come grouped by focus area, in the focus areas' order. */
export const PillarList = () => (
  <List filters={filters} exporter={false}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="focusArea.name" label="Focus area" disableSort />
      <DataTable.Col source="name" />
      <DataTable.Col source="slug" disableSort />
      <DataTable.Col source="published" field={BooleanField} disableSort />
    </DataTable>
  </List>
);
