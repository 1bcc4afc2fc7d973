import Typography from '@mui/material/Typography';
import {
  ArrayInput,
  AutocompleteInput,
  CheckboxGroupInput,
  NumberInput,
  ReferenceArrayInput,
  ReferenceInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  minValue,
  number,
  regex,
  required,
  useGetIdentity,
  useGetList,
  usePermissions,
} from 'react-admin';
import { isStaff, type Identity, type Permissions } from '../authProvider.js';
import { implementationStatusChoices } from './choices.js';
import type { ReportingCycleRecord } from './cycles.adapter.js';
import type { ProgressReportRecord } from './reports.adapter.js';

type Mode = 'create' | 'edit';

const amount = regex(/^\d+(\.\d{1,2})?$/, 'A positive amount with at most two decimals, such as 250000.50');
const link = regex(/^https?:\/\/\S+$/i, 'An http(s) address, such as https://example.org/report');
const count = [number(), minValue(0)];

const notAboveReached = (women: number | null, values: Partial<ProgressReportRecord>) =>
  women != null && values.peopleReached != null && women > values.peopleReached ? 'Cannot be more than the people reached' : undefined;

const ALL = { page: 1, perPage: 100 };

const Section = ({ children }: { children: string }) => (
  <Typography variant="subtitle1" sx={{ mt: 2 }}>
    {children}
  </Typography>
);

/** Published pledges only, and for pledgers those of the members they represent (whom the API lets them report for). */
function PledgeInput({ mode }: { mode: Mode }) {
  const { permissions } = usePermissions<Permissions>();
  const { identity } = useGetIdentity();
  const memberIds = (identity as Identity | undefined)?.memberIds ?? [];
  const filter = isStaff(permissions) ? { status: ['PUBLISHED'] } : { status: ['PUBLISHED'], leadMemberId: memberIds };
  return (
    <ReferenceInput source="pledgeId" reference="pledges" filter={filter}>
      <AutocompleteInput
        label="Pledge"
        validate={required()}
        readOnly={mode === 'edit'}
        helperText={mode === 'edit' ? 'A report stays on its pledge' : 'One of your published pledges'}
        sx={{ minWidth: 420 }}
      />
    </ReferenceInput>
  );
}

/** The years with a reporting cycle: pledgers report for open ones, staff for any (the year of a report does not change). */
function YearInput({ mode }: { mode: Mode }) {
  const { permissions } = usePermissions<Permissions>();
  const { data: cycles, isPending } = useGetList<ReportingCycleRecord>('reportingCycles', { pagination: ALL, sort: { field: 'year', order: 'DESC' } });
  if (isPending) return null;
  const offered = (cycles ?? []).filter((c) => c.isOpen || mode === 'edit' || isStaff(permissions));
  const choices = offered.map((c) => ({ id: c.year, name: `${c.year}${c.isOpen ? `, due ${c.dueOn}` : ' (closed)'}` }));
  return (
    <SelectInput
      source="year"
      label="Reporting year"
      choices={choices}
      validate={required()}
      readOnly={mode === 'edit'}
      defaultValue={mode === 'create' && choices.length === 1 ? choices[0]!.id : undefined}
      helperText={choices.length ? undefined : 'No reporting cycle is open'}
      sx={{ minWidth: 220 }}
    />
  );
}

/**
 * The fields of a progress report, shared by create and edit; sources are the API's input fields
 * (disbursedAmount/disbursedCurrency stand for `amountDisbursed`).
 */
export const ReportInputs = ({ mode }: { mode: Mode }) => (
  <>
    <PledgeInput mode={mode} />
    <YearInput mode={mode} />
    <SelectInput source="implementationStatus" label="Implementation status" choices={implementationStatusChoices} validate={required()} sx={{ minWidth: 220 }} />

    <Section>Money</Section>
    <TextInput source="disbursedAmount" label="Disbursed during the year" validate={amount} helperText="Converted to USD at the rate of the year's last day" />
    <ReferenceInput source="disbursedCurrency" reference="currencies" sort={{ field: 'code', order: 'ASC' }}>
      <AutocompleteInput label="Currency" optionText={(c: { code: string; name: string }) => `${c.code}: ${c.name}`} sx={{ minWidth: 320 }} />
    </ReferenceInput>

    <Section>People reached</Section>
    <NumberInput source="peopleReached" label="People reached so far" validate={count} step={1} helperText="Since the pledge began, not in the year only" />
    <NumberInput source="womenReached" label="Of them, women and girls" validate={[...count, notAboveReached]} step={1} />
    <ArrayInput source="reachByGroup" label="People reached by beneficiary group">
      <SimpleFormIterator inline disableReordering>
        <ReferenceInput source="beneficiaryGroupCode" reference="beneficiaryGroups" perPage={100} sort={{ field: 'name', order: 'ASC' }}>
          <SelectInput label="Beneficiary group" optionText="name" validate={required()} sx={{ minWidth: 280 }} />
        </ReferenceInput>
        <NumberInput source="people" label="People" validate={[required(), ...count]} step={1} />
      </SimpleFormIterator>
    </ArrayInput>

    <Section>Connectivity targets</Section>
    <ReferenceArrayInput source="targetCodes" reference="connectivityTargets" perPage={100} sort={{ field: 'position', order: 'ASC' }}>
      <CheckboxGroupInput label="The pledge contributes to" optionText="title" row={false} />
    </ReferenceArrayInput>

    <Section>Narrative</Section>
    <TextInput source="stepsTaken" label="Steps taken" multiline minRows={3} fullWidth helperText="Say what was done, or what was achieved below, before submitting" />
    <TextInput source="outcomes" label="Outcomes achieved" multiline minRows={3} fullWidth />
    <TextInput source="challenges" label="Challenges met" multiline minRows={2} fullWidth />

    <Section>Evidence</Section>
    <ArrayInput source="evidenceLinks" label="Links to publications, project pages, media">
      <SimpleFormIterator inline disableReordering>
        <TextInput source="" label="Link" validate={link} sx={{ minWidth: 420 }} />
      </SimpleFormIterator>
    </ArrayInput>
  </>
);
