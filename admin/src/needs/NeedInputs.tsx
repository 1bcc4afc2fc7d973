import Typography from '@mui/material/Typography';
import {
  AutocompleteInput,
  BooleanInput,
  CheckboxGroupInput,
  DateInput,
  FormDataConsumer,
  RadioButtonGroupInput,
  ReferenceArrayInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  regex,
  required,
  useGetIdentity,
  useGetList,
  useGetMany,
  useInput,
  usePermissions,
} from 'react-admin';
import { isStaff, type Identity, type Permissions } from '../authProvider.js';
import { pledgeTypeChoices } from '../reference/choices.js';
import type { FocusAreaRecord } from '../reference/reference.adapters.js';
import type { MemberRecord } from '../members/members.adapter.js';
import { needPriorityChoices } from './choices.js';
import type { CountryNeedRecord } from './needs.adapter.js';

type Mode = 'create' | 'edit';

const amount = regex(/^\d+(\.\d{1,2})?$/, 'A positive amount with at most two decimals, such as 1250000.50');

const endsAfterStart = (endDate: string | null, values: Partial<CountryNeedRecord>) =>
  endDate && values.startDate && endDate < values.startDate ? 'Must not be before the start date' : undefined;

const scopeChoices = [
  { id: 'COUNTRY', name: 'A country' },
  { id: 'REGION', name: 'A whole region' },
];

const FIXED = 'Set when the need was created';

const Section = ({ children }: { children: string }) => (
  <Typography variant="subtitle1" sx={{ mt: 2 }}>
    {children}
  </Typography>
);

/**
 * A pledger enters needs for the government members they represent, each for its own country: the member
 * is chosen among those, and the country follows it.
 */
function RepresentedGovernmentInput({ mode }: { mode: Mode }) {
  const { identity } = useGetIdentity();
  const { data: members = [] } = useGetMany<MemberRecord>('members', { ids: (identity as Identity | undefined)?.memberIds ?? [] });
  const { field: country } = useInput({ source: 'countryCode' });
  const governments = members.filter((m) => m.sector === 'GOVERNMENT');
  return (
    <SelectInput
      source="memberId"
      label="Government"
      choices={governments.map((m) => ({ id: m.id, name: `${m.name} (${m.country.name})` }))}
      validate={required()}
      readOnly={mode === 'edit'}
      helperText={mode === 'edit' ? FIXED : 'A government enters the needs of its own country'}
      onChange={(event: { target?: { value?: unknown } }) => country.onChange(governments.find((m) => m.id === event.target?.value)?.country.code ?? null)}
      sx={{ minWidth: 320 }}
    />
  );
}

/** Staff may name the government a need comes from, among those of the need's country. */
const GovernmentInput = ({ mode }: { mode: Mode }) => (
  <FormDataConsumer<Partial<CountryNeedRecord>>>
    {({ formData }) => (
      <ReferenceInput source="memberId" reference="members" filter={{ sector: 'GOVERNMENT', ...(formData.countryCode ? { countryCode: formData.countryCode } : {}) }}>
        <AutocompleteInput
          label="Government (optional)"
          optionText="name"
          readOnly={mode === 'edit'}
          helperText={mode === 'edit' ? FIXED : 'Its focal points follow the need and confirm its matches'}
          sx={{ minWidth: 320 }}
        />
      </ReferenceInput>
    )}
  </FormDataConsumer>
);

/** Where the need lies: a country or a whole ITU-D region, for staff; a pledger's government decides it. Fixed once created. */
function WhereInputs({ mode, staff }: { mode: Mode; staff: boolean }) {
  if (!staff) return <RepresentedGovernmentInput mode={mode} />;
  return (
    <>
      <RadioButtonGroupInput source="scope" label="The need of" choices={scopeChoices} readOnly={mode === 'edit'} />
      <FormDataConsumer<Partial<CountryNeedRecord>>>
        {({ formData }) =>
          formData.scope === 'REGION' ? (
            <ReferenceInput source="regionId" reference="ituRegions" sort={{ field: 'name', order: 'ASC' }}>
              <SelectInput label="Region (ITU-D)" optionText="name" validate={required()} readOnly={mode === 'edit'} sx={{ minWidth: 320 }} />
            </ReferenceInput>
          ) : (
            <ReferenceInput source="countryCode" reference="countries" sort={{ field: 'name', order: 'ASC' }}>
              <AutocompleteInput label="Country" optionText="name" validate={required()} readOnly={mode === 'edit'} helperText={mode === 'edit' ? FIXED : undefined} sx={{ minWidth: 320 }} />
            </ReferenceInput>
          )
        }
      </FormDataConsumer>
      <GovernmentInput mode={mode} />
    </>
  );
}

const ALL = { page: 1, perPage: 100 };

/** A pillar of the need's focus area. */
function PillarInput() {
  const { data: areas = [] } = useGetList<FocusAreaRecord>('focusAreas', { pagination: ALL });
  return (
    <FormDataConsumer<Partial<CountryNeedRecord>>>
      {({ formData }) => {
        const area = areas.find((a) => a.code === formData.focusAreaCode);
        const choices = area?.pillars.map((p) => ({ id: p.id, name: p.name })) ?? [];
        return <SelectInput source="pillarId" label="Pillar" choices={choices} emptyText="None in particular" helperText={area ? undefined : 'Choose the focus area first'} sx={{ minWidth: 320 }} />;
      }}
    </FormDataConsumer>
  );
}

/** The funding gap, or none for a need of programmes, policy or advocacy. */
const FundingGapInputs = () => (
  <>
    <BooleanInput source="nonFinancial" label="Non-financial need (no funding gap)" />
    <FormDataConsumer<Partial<CountryNeedRecord>>>
      {({ formData }) =>
        !formData.nonFinancial && (
          <>
            <TextInput source="gapAmount" label="Funding gap" validate={[required(), amount]} />
            <ReferenceInput source="gapCurrency" reference="currencies" sort={{ field: 'code', order: 'ASC' }}>
              <AutocompleteInput label="Currency" optionText={(c: { code: string; name: string }) => `${c.code}: ${c.name}`} validate={required()} sx={{ minWidth: 320 }} />
            </ReferenceInput>
          </>
        )
      }
    </FormDataConsumer>
  </>
);

/**
 * The fields of a country need, shared by create and edit; sources are the API's input fields (scope, nonFinancial,
 * gapAmount and gapCurrency stand for the choice between `countryCode` and `regionId`, and for `fundingGap`).
 * Where the need lies, its focus area and its government are fixed once it is created.
 */
export function NeedInputs({ mode }: { mode: Mode }) {
  const { permissions } = usePermissions<Permissions>();
  return (
    <>
      <TextInput source="title" validate={required()} fullWidth />
      <TextInput source="description" validate={required()} multiline minRows={4} fullWidth helperText="What is needed, for whom; at least 20 characters" />

      <Section>Where</Section>
      <WhereInputs mode={mode} staff={isStaff(permissions)} />

      <Section>What</Section>
      <ReferenceInput source="focusAreaCode" reference="focusAreas" sort={{ field: 'position', order: 'ASC' }}>
        <SelectInput label="Focus area" optionText="name" validate={required()} readOnly={mode === 'edit'} helperText={mode === 'edit' ? FIXED : undefined} sx={{ minWidth: 320 }} />
      </ReferenceInput>
      <PillarInput />
      <ReferenceArrayInput source="beneficiaryGroupCodes" reference="beneficiaryGroups" perPage={100}>
        <CheckboxGroupInput label="Beneficiary groups" optionText="name" />
      </ReferenceArrayInput>
      <SelectInput source="modality" label="Preferred modality" choices={pledgeTypeChoices} validate={required()} />
      <SelectInput source="priority" choices={needPriorityChoices} validate={required()} />
      <FundingGapInputs />

      <Section>When and from where</Section>
      <DateInput source="startDate" label="From" />
      <DateInput source="endDate" label="Until" validate={endsAfterStart} />
      <TextInput source="source" label="Source" helperText="The national strategy, diagnostic or plan the need comes from" multiline fullWidth />
    </>
  );
}
