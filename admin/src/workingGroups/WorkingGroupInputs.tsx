import { TextInput, required } from 'react-admin';

/** A working group's own fields; its focus area and members are managed elsewhere. */
export const WorkingGroupInputs = () => (
  <>
    <TextInput source="name" validate={required()} fullWidth />
    <TextInput source="description" multiline minRows={3} fullWidth />
  </>
);
