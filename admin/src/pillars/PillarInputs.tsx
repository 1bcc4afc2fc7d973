import { BooleanInput, ReferenceInput, SelectInput, TextInput, required } from 'react-admin';

/** The fields of a pillar, shared by create and edit; sources are the API's input fields. Its focus area and slug are fixed once it exists. */
export const PillarInputs = ({ mode }: { mode: 'create' | 'edit' }) => (
  <>
    <ReferenceInput source="focusAreaCode" reference="focusAreas" sort={{ field: 'position', order: 'ASC' }}>
      <SelectInput
        label="Focus area"
        optionText="name"
        validate={required()}
        readOnly={mode === 'edit'}
        helperText={mode === 'edit' ? 'The focus area of a pillar does not change' : undefined}
        sx={{ minWidth: 320 }}
      />
    </ReferenceInput>
    <TextInput source="name" validate={required()} fullWidth />
    <TextInput
      source="slug"
      readOnly={mode === 'edit'}
      helperText={mode === 'edit' ? 'The slug of a pillar does not change' : 'Lower-case words separated by dashes; derived from the name when empty'}
    />
    <TextInput source="description" multiline minRows={3} fullWidth />
    <BooleanInput source="published" helperText="Unpublished pillars are visible to staff only" />
  </>
);
