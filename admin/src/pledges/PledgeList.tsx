import { useEffect, useRef } from 'react';
import DownloadIcon from '@mui/icons-material/GetApp';
import {
  AutocompleteArrayInput,
  AutocompleteInput,
  BooleanInput,
  Button,
  CreateButton,
  DataTable,
  DateField,
  DateInput,
  FilterButton,
  List,
  NumberInput,
  ReferenceArrayInput,
  ReferenceInput,
  SearchInput,
  SelectArrayInput,
  SelectField,
  SortButton,
  TopToolbar,
  useListContext,
  useResourceDefinition,
} from 'react-admin';
import { pledgeStatusChoices, pledgeTypeChoices, sectorChoices } from '../reference/choices.js';
import { textFilter } from '../resource-adapter.js';
import { formatMoney } from '../ui/fields.js';
import { DEFAULT_PLEDGE_SORT, pledgeExportUrlOf, RELEVANCE_SORT, type PledgeRecord } from './pledges.adapter.js';
import { ImportPledgesButton } from './PledgeImport.js';

const WIDE = { minWidth: 220 };
// Reference lists here are small (at most a few dozen rows): one page holds them all.
const ALL = 200;

/** The filter keys are those `pledgeFilterOf` maps to the API's PledgeFilter. */
const filters = [
  <SearchInput key="q" source="q" alwaysOn placeholder="Search titles, descriptions, members" sx={{ minWidth: 280 }} />,
  <SelectArrayInput key="status" source="status" label="Status" choices={pledgeStatusChoices} alwaysOn sx={{ minWidth: 180 }} />,
  <SelectArrayInput key="type" source="type" label="Type" choices={pledgeTypeChoices} sx={WIDE} />,
  <ReferenceArrayInput key="focusArea" source="focusArea" reference="focusAreas" label="Focus area" perPage={ALL} sort={{ field: 'position', order: 'ASC' }}>
    <SelectArrayInput label="Focus area" optionText="name" sx={WIDE} />
  </ReferenceArrayInput>,
  <ReferenceArrayInput key="region" source="region" reference="ituRegions" label="Implementation region (ITU-D)" perPage={ALL} sort={{ field: 'name', order: 'ASC' }}>
    <SelectArrayInput label="Implementation region (ITU-D)" optionText="name" sx={WIDE} />
  </ReferenceArrayInput>,
  <ReferenceArrayInput key="country" source="country" reference="countries" label="Implementation country" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteArrayInput label="Implementation country" optionText="name" sx={WIDE} />
  </ReferenceArrayInput>,
  <BooleanInput key="ldc" source="ldc" label="Targets an LDC" />,
  <ReferenceArrayInput key="beneficiaryGroup" source="beneficiaryGroup" reference="beneficiaryGroups" label="Beneficiary group" perPage={ALL} sort={{ field: 'name', order: 'ASC' }}>
    <SelectArrayInput label="Beneficiary group" optionText="name" sx={WIDE} />
  </ReferenceArrayInput>,
  <ReferenceArrayInput key="sdg" source="sdg" reference="sdgs" label="SDG" perPage={ALL} sort={{ field: 'number', order: 'ASC' }}>
    <SelectArrayInput label="SDG" optionText="label" sx={WIDE} />
  </ReferenceArrayInput>,
  <SelectArrayInput key="sector" source="sector" label="Lead member sector" choices={sectorChoices} sx={WIDE} />,
  <BooleanInput key="champion" source="champion" label="Lead member is a P2C Champion" />,
  <NumberInput key="usdMin" source="usdMin" label="USD value from" min={0} />,
  <NumberInput key="usdMax" source="usdMax" label="USD value up to" min={0} />,
  <DateInput key="announcedFrom" source="announcedFrom" label="Announced from" />,
  <DateInput key="announcedTo" source="announcedTo" label="Announced up to" />,
  <ReferenceArrayInput key="event" source="event" reference="events" label="Announced at (event)">
    <AutocompleteArrayInput label="Announced at (event)" optionText="name" sx={WIDE} />
  </ReferenceArrayInput>,
  <ReferenceInput key="leadMemberId" source="leadMemberId" reference="members" label="Lead member">
    <AutocompleteInput label="Lead member" optionText="name" />
  </ReferenceInput>,
  <BooleanInput key="includeArchived" source="includeArchived" label="Include archived" />,
];

/**
 * Orders the list by relevance when a search starts (the best matches first), and back to the
 * default order when it is cleared. A column header still sorts the results otherwise.
 */
function RelevanceWhileSearching() {
  const { filterValues, sort, setSort } = useListContext();
  const searching = Boolean(textFilter(filterValues.q));
  const wasSearching = useRef(false);
  useEffect(() => {
    if (searching && !wasSearching.current && sort.field !== RELEVANCE_SORT.field) setSort(RELEVANCE_SORT);
    if (!searching && sort.field === RELEVANCE_SORT.field) setSort(DEFAULT_PLEDGE_SORT);
    wasSearching.current = searching;
  }, [searching, sort.field, setSort]);
  return null;
}

const SORT_FIELDS = ['relevance', 'updatedAt', 'announcedOn', 'usdValue', 'title', 'leadMember.name', 'reference'];

/**
 * Downloads the list's pledges as the open data CSV, which the API streams whole: react-admin's own export would
 * page through GraphQL in the browser. It holds only the published pledges among them, as anyone gets them.
 */
const OpenDataExportButton = () => {
  const { filterValues, sort } = useListContext();
  return (
    <Button component="a" href={pledgeExportUrlOf({ filter: filterValues, sort })} download label="Export published" title="The published pledges of this filter, as open data (CSV)">
      <DownloadIcon />
    </Button>
  );
};

const PledgeListActions = () => {
  const { hasCreate } = useResourceDefinition();
  const { filterValues } = useListContext();
  // Relevance only means something while searching.
  const fields = textFilter(filterValues.q) ? SORT_FIELDS : SORT_FIELDS.filter((f) => f !== 'relevance');
  return (
    <TopToolbar>
      <FilterButton />
      <SortButton fields={fields} />
      {hasCreate && <CreateButton />}
      <ImportPledgesButton />
      <OpenDataExportButton />
    </TopToolbar>
  );
};

/** The actions on their own row above the filters, so that the many filters use the full width. */
const TOOLBAR = {
  '& .RaList-actions': { flexDirection: 'column-reverse', alignItems: 'stretch' },
  '& .RaList-actions .RaFilterForm-root': { flexWrap: 'wrap', columnGap: 1 },
} as const;

export const PledgeList = () => (
  // No empty-page invitation in place of the list: its toolbar (import, export) is wanted most when there are no pledges yet.
  <List filters={filters} actions={<PledgeListActions />} sort={DEFAULT_PLEDGE_SORT} sx={TOOLBAR} empty={false}>
    <RelevanceWhileSearching />
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="reference" label="Ref." />
      <DataTable.Col source="title" />
      <DataTable.Col source="leadMember.name" label="Lead member" />
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
