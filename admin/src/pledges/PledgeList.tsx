import { AutocompleteInput, BooleanInput, DataTable, DateField, List, ReferenceInput, SearchInput, SelectArrayInput, SelectField, SelectInput } from 'react-admin';
import { pledgeStatusChoices, pledgeTypeChoices } from '../reference/choices.js';
import { formatMoney } from '../ui/fields.js';
import type { PledgeRecord } from './pledges.adapter.js';

const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Title" />,
  <SelectArrayInput key="status" source="status" choices={pledgeStatusChoices} alwaysOn sx={{ minWidth: 200 }} />,
  <SelectInput key="type" source="type" choices={pledgeTypeChoices} />,
  <ReferenceInput key="leadMemberId" source="leadMemberId" reference="members">
    <AutocompleteInput label="Lead member" optionText="name" />
  </ReferenceInput>,
  <BooleanInput key="includeArchived" source="includeArchived" label="Include archived" />,
];

export const PledgeList = () => (
  <List filters={filters} sort={{ field: 'updatedAt', order: 'DESC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="reference" label="Ref." />
      <DataTable.Col source="title" />
      <DataTable.Col source="leadMember.name" label="Lead member" disableSort />
      <DataTable.Col source="type" disableSort>
        <SelectField source="type" choices={pledgeTypeChoices} />
      </DataTable.Col>
      <DataTable.Col source="status">
        <SelectField source="status" choices={pledgeStatusChoices} />
      </DataTable.Col>
      <DataTable.Col<PledgeRecord> source="usdValue" label="USD value" align="right" render={(pledge) => formatMoney(pledge.usdValue, 'USD')} />
      <DataTable.Col source="announcedOn" label="Announced" field={DateField} />
    </DataTable>
  </List>
);
