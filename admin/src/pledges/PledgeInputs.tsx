import Typography from '@mui/material/Typography';
import {
  AutocompleteArrayInput,
  AutocompleteInput,
  BooleanInput,
  CheckboxGroupInput,
  DateInput,
  FormDataConsumer,
  NumberInput,
  ReferenceArrayInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  minValue,
  number,
  regex,
  required,
  useGetList,
} from 'react-admin';
import { pledgeTypeChoices } from '../reference/choices.js';
import type { FocusAreaRecord } from '../reference/reference.adapters.js';
import type { PledgeRecord } from './pledges.adapter.js';

const amount = regex(/^\d+(\.\d{1,2})?$/, 'A positive amount with at most two decimals, such as 1250000.50');

const endsAfterStart = (endDate: string | null, values: Partial<PledgeRecord>) =>
  endDate && values.startDate && endDate < values.startDate ? 'Must not be before the start date' : undefined;

const ALL = { page: 1, perPage: 100 };

/** Pillars belong to focus areas: only those of the chosen focus areas are offered. */
function PillarsInput() {
  const { data: areas = [] } = useGetList<FocusAreaRecord>('focusAreas', { pagination: ALL });
  return (
    <FormDataConsumer<Partial<PledgeRecord>>>
      {({ formData }) => {
        const chosen = formData.focusAreaCodes ?? [];
        const choices = areas
          .filter((area) => chosen.includes(area.code))
          .flatMap((area) => area.pillars.map((pillar) => ({ id: pillar.id, name: `${area.name}: ${pillar.name}` })));
        return <CheckboxGroupInput source="pillarIds" label="Pillars" choices={choices} helperText={chosen.length ? undefined : 'Choose focus areas first'} />;
      }}
    </FormDataConsumer>
  );
}

const Section = ({ children }: { children: string }) => (
  <Typography variant="subtitle1" sx={{ mt: 2 }}>
    {children}
  </Typography>
);

/**
 * The fields of a pledge, shared by create and edit; sources are the API's input fields
 * (sdgNumbers and estimatedAmount/estimatedCurrency stand for `sdgs` and `estimatedValue`).
 */
export const PledgeInputs = ({ mode }: { mode: 'create' | 'edit' }) => (
  <>
    <TextInput source="title" validate={required()} fullWidth />
    <TextInput source="description" validate={required()} multiline minRows={4} fullWidth />
    <SelectInput source="type" choices={pledgeTypeChoices} validate={required()} />
    <ReferenceInput source="leadMemberId" reference="members">
      <AutocompleteInput
        label="Lead member"
        optionText="name"
        validate={required()}
        readOnly={mode === 'edit'}
        helperText={mode === 'edit' ? 'The lead member of a pledge does not change' : undefined}
        sx={{ minWidth: 320 }}
      />
    </ReferenceInput>
    <ReferenceArrayInput source="partnerIds" reference="members">
      <AutocompleteArrayInput label="Partners" optionText="name" fullWidth />
    </ReferenceArrayInput>

    <Section>Estimated value</Section>
    <TextInput source="estimatedAmount" label="Amount" validate={amount} helperText="Policy and advocacy pledges often have none" />
    <ReferenceInput source="estimatedCurrency" reference="currencies" sort={{ field: 'code', order: 'ASC' }}>
      <AutocompleteInput label="Currency" optionText={(c: { code: string; name: string }) => `${c.code}: ${c.name}`} sx={{ minWidth: 320 }} />
    </ReferenceInput>

    <Section>Scope</Section>
    <ReferenceArrayInput source="focusAreaCodes" reference="focusAreas" perPage={100}>
      <CheckboxGroupInput label="Focus areas" optionText="name" />
    </ReferenceArrayInput>
    <PillarsInput />
    <BooleanInput source="isGlobal" label="Implemented worldwide" />
    <ReferenceArrayInput source="countryCodes" reference="countries" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteArrayInput label="Implementation countries" optionText="name" fullWidth />
    </ReferenceArrayInput>
    <ReferenceArrayInput source="beneficiaryGroupCodes" reference="beneficiaryGroups" perPage={100}>
      <CheckboxGroupInput label="Beneficiary groups" optionText="name" />
    </ReferenceArrayInput>
    <ReferenceArrayInput source="sdgNumbers" reference="sdgs" perPage={100}>
      <AutocompleteArrayInput label="SDGs" optionText="label" fullWidth />
    </ReferenceArrayInput>
    <NumberInput source="targetBeneficiaries" label="Target beneficiaries" validate={[number(), minValue(0)]} step={1} />

    <Section>Dates</Section>
    <ReferenceInput source="eventId" reference="events">
      <AutocompleteInput label="Announced at" optionText="name" sx={{ minWidth: 320 }} />
    </ReferenceInput>
    <DateInput source="announcedOn" label="Announced on" />
    <DateInput source="startDate" label="Starts" />
    <DateInput source="endDate" label="Ends" validate={endsAfterStart} />
  </>
);
