import Accordion from '@mui/material/Accordion';
import AccordionDetails from '@mui/material/AccordionDetails';
import AccordionSummary from '@mui/material/AccordionSummary';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import {
  AutocompleteArrayInput,
  Form,
  NumberInput,
  ReferenceArrayInput,
  SaveButton,
  minValue,
  useDataProvider,
  useGetList,
  useNotify,
  useRecordContext,
  useRefresh,
} from 'react-admin';
import type { ConsoleDataProvider } from '../dataProvider.js';
import type { AccountRecord } from '../accounts/accounts.adapter.js';
import { LabelsField } from '../ui/fields.js';
import { SCORE_COMPONENT_ORDER, SCORE_COMPONENTS } from './choices.js';
import type { RoundtableRecord, RoundtableSettingsFields } from './roundtables.adapter.js';
import { useRunsRoundtable } from './useRunsRoundtable.js';
import { useViewer } from './useViewer.js';

/** Only admins can list accounts: they choose the organizers among the organizer accounts; curators see them. */
function OrganizersInput() {
  const { data: accounts = [] } = useGetList<AccountRecord>('accounts', { pagination: { page: 1, perPage: 100 } });
  const choices = accounts.filter((a) => a.role === 'ORGANIZER').map((a) => ({ id: a.id, name: `${a.displayName} (${a.email})` }));
  return <AutocompleteArrayInput source="organizerIds" label="Organizers" choices={choices} fullWidth />;
}

const organizerNames = (r: RoundtableRecord) => r.roundtable?.organizers?.map((o) => o.displayName || o.email) ?? [];

/** Who runs the roundtable, with which countries and weights; changed here by those who run it. */
export function RoundtableSettings() {
  const record = useRecordContext<RoundtableRecord>();
  const runs = useRunsRoundtable(record);
  const { role } = useViewer();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  if (!record?.roundtable) return null;

  const save = async (data: Partial<RoundtableSettingsFields>) => {
    try {
      await dataProvider.configureRoundtable({ id: record.id, data, previousData: record });
      notify('Settings saved: suggestions and coverage now follow them', { type: 'success' });
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'The settings could not be saved', { type: 'error' });
    }
  };

  return (
    <Accordion defaultExpanded={!record.roundtable.countries.length} disableGutters sx={{ mx: 2, mb: 2 }}>
      <AccordionSummary expandIcon={<ExpandMoreIcon />} aria-controls="roundtable-settings" id="roundtable-settings-header">
        <Stack direction="row" sx={{ gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography variant="h6" component="h2">
            Settings
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {record.roundtable.countries.map((c) => c.name).join(', ') || 'No country yet'}
          </Typography>
        </Stack>
      </AccordionSummary>
      <AccordionDetails id="roundtable-settings">
        {runs ? (
          <Form record={record} onSubmit={(data: Partial<RoundtableSettingsFields>) => save(data)}>
            <ReferenceArrayInput source="countryCodes" reference="countries" sort={{ field: 'name', order: 'ASC' }}>
              <AutocompleteArrayInput label="Participating countries" optionText="name" fullWidth helperText="Their published needs (and regional needs of the event's region) are matched here" />
            </ReferenceArrayInput>
            {role === 'ADMIN' ? (
              <OrganizersInput />
            ) : (
              <Typography variant="body2" sx={{ mb: 2 }}>
                Organizers: {organizerNames(record).join(', ') || 'none named'} (administrators name them)
              </Typography>
            )}
            <Typography variant="subtitle1" component="h3">
              Scoring weights
            </Typography>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              Relative: each component counts for its weight's share of the total.
            </Typography>
            <Stack direction="row" sx={{ gap: 2, flexWrap: 'wrap' }}>
              {SCORE_COMPONENT_ORDER.map((component) => (
                <NumberInput key={component} source={`weights.${component.toLowerCase()}`} label={SCORE_COMPONENTS[component].label} min={0} step={0.5} validate={minValue(0)} sx={{ width: 170 }} />
              ))}
            </Stack>
            <SaveButton label="Save the settings" />
          </Form>
        ) : (
          <Stack sx={{ gap: 1 }}>
            <LabelsField<RoundtableRecord> labels={(r) => r.roundtable?.countries.map((c) => c.name) ?? []} empty="No country yet" />
            <Typography variant="body2">Organizers: {organizerNames(record).join(', ') || 'none named'}</Typography>
            <Typography variant="body2">
              Weights: {record.roundtable.weights.map((w) => `${SCORE_COMPONENTS[w.component].label} ${w.weight}`).join(', ')}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              Only the roundtable's organizers and staff change its settings, run its allocation and propose matches.
            </Typography>
          </Stack>
        )}
      </AccordionDetails>
    </Accordion>
  );
}
