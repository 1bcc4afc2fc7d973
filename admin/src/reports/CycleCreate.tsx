import { Create, DateInput, NumberInput, SimpleForm, maxValue, minValue, required } from 'react-admin';

const today = () => new Date().toISOString().slice(0, 10);

const notPast = (dueOn: string | null) => (dueOn && dueOn < today() ? 'Must not be in the past' : undefined);

/** Opening a cycle tells the pledgers of every published pledge that a report for the year is owed by the due date. */
export const CycleCreate = () => (
  <Create redirect="show" title="Open a reporting cycle">
    <SimpleForm defaultValues={{ year: new Date().getFullYear() }}>
      <NumberInput source="year" label="Reporting year" validate={[required(), minValue(2021), maxValue(2100)]} step={1} />
      <DateInput source="dueOn" label="Reports due on" validate={[required(), notPast]} helperText="The pledgers are told at once, through the outbox" />
    </SimpleForm>
  </Create>
);
