import { List, SelectArrayInput } from 'react-admin';
import { matchStatusChoices } from './choices.js';
import { MatchTable } from './MatchTable.js';

const filters = [<SelectArrayInput key="status" source="status" label="Status" choices={matchStatusChoices} alwaysOn sx={{ minWidth: 200 }} />];

/** Every match the viewer may see (pledgers: those of their pledges and of their governments' needs), best score first, to confirm and follow up. */
export const MatchList = () => (
  <List filters={filters} exporter={false} title="Matches">
    <MatchTable showRoundtable />
  </List>
);
