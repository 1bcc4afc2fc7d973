import {
  AutocompleteArrayInput,
  BooleanInput,
  DataTable,
  DateField,
  List,
  ReferenceArrayInput,
  SearchInput,
  SelectArrayInput,
  SelectField,
} from 'react-admin';
import { pledgeTypeChoices } from '../reference/choices.js';
import { formatMoney } from '../ui/fields.js';
import { needPriorityChoices, needStatusChoices } from './choices.js';
import { whereOf } from './fields.js';
import type { CountryNeedRecord } from './needs.adapter.js';

const WIDE = { minWidth: 200 };

/** The filter keys are those `needFilterOf` maps to the API's CountryNeedFilter. */
const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Title" />,
  <SelectArrayInput key="status" source="status" label="Status" choices={needStatusChoices} alwaysOn sx={{ minWidth: 180 }} />,
  <ReferenceArrayInput key="country" source="country" reference="countries" label="Country" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteArrayInput label="Country" optionText="name" sx={WIDE} />
  </ReferenceArrayInput>,
  <ReferenceArrayInput key="region" source="region" reference="ituRegions" label="Region (ITU-D)" perPage={100} sort={{ field: 'name', order: 'ASC' }}>
    <SelectArrayInput label="Region (ITU-D)" optionText="name" sx={WIDE} />
  </ReferenceArrayInput>,
  <ReferenceArrayInput key="focusArea" source="focusArea" reference="focusAreas" label="Focus area" perPage={100} sort={{ field: 'position', order: 'ASC' }}>
    <SelectArrayInput label="Focus area" optionText="name" sx={WIDE} />
  </ReferenceArrayInput>,
  <SelectArrayInput key="priority" source="priority" label="Priority" choices={needPriorityChoices} sx={WIDE} />,
  <SelectArrayInput key="modality" source="modality" label="Modality" choices={pledgeTypeChoices} sx={WIDE} />,
  <BooleanInput key="includeArchived" source="includeArchived" label="Include archived" />,
];

export const NeedList = () => (
  <List filters={filters} sort={{ field: 'updatedAt', order: 'DESC' }} exporter={false} title="Country needs">
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="title" />
      <DataTable.Col<CountryNeedRecord> label="Country or region" render={whereOf} />
      <DataTable.Col source="focusArea.name" label="Focus area" disableSort />
      <DataTable.Col source="priority">
        <SelectField source="priority" choices={needPriorityChoices} />
      </DataTable.Col>
      <DataTable.Col source="modality" disableSort>
        <SelectField source="modality" choices={pledgeTypeChoices} />
      </DataTable.Col>
      <DataTable.Col source="status" disableSort>
        <SelectField source="status" choices={needStatusChoices} />
      </DataTable.Col>
      <DataTable.Col<CountryNeedRecord> source="fundingGap.usdValue" label="Gap (USD)" align="right" render={(n) => (n.fundingGap ? formatMoney(n.fundingGap.usdValue, 'USD') : 'Non-financial')} />
      <DataTable.Col<CountryNeedRecord> label="Remaining (USD)" align="right" render={(n) => formatMoney(n.remainingGapUsd, 'USD')} />
      <DataTable.Col source="updatedAt" label="Last change" field={DateField} />
    </DataTable>
  </List>
);
