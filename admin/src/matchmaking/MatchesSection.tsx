import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { ListBase } from 'react-admin';
import { MatchTable } from './MatchTable.js';

/** A titled list of the matches a filter selects (a roundtable's, a need's), with their actions, inside another record's page. */
export const MatchesSection = ({ title, filter, empty }: { title: string; filter: Record<string, unknown>; empty: string }) => (
  <Box component="section" aria-label={title} sx={{ px: 2, pb: 2 }}>
    <Typography variant="h6" component="h2">
      {title}
    </Typography>
    <ListBase resource="matches" filter={filter} perPage={100} disableSyncWithLocation storeKey={false}>
      <MatchTable empty={empty} />
    </ListBase>
  </Box>
);
