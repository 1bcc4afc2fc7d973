import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { DataTable, Link, useCreatePath } from 'react-admin';
import type { MatchStatus } from '../gql/graphql.js';
import { choiceName } from '../reports/choices.js';
import { formatMoney } from '../ui/fields.js';
import { matchStatusChoices } from './choices.js';
import { MatchButtons } from './MatchButtons.js';
import type { MatchRecord } from './matches.adapter.js';
import { ScoreBreakdown } from './ScoreBreakdown.js';

type ChipColour = 'default' | 'success' | 'warning' | 'error' | 'info' | 'primary';

const STATUS_COLOURS: Record<MatchStatus, ChipColour> = {
  SUGGESTED: 'default',
  PROPOSED: 'info',
  AGREED: 'success',
  IN_IMPLEMENTATION: 'primary',
  CLOSED: 'default',
  DECLINED: 'error',
};

export const MatchStatusChip = ({ status }: { status: MatchStatus }) => <Chip size="small" color={STATUS_COLOURS[status]} label={choiceName(matchStatusChoices, status)} />;

/** Where a proposed match stands: which side has confirmed it. */
const confirmations = (match: MatchRecord) =>
  match.status === 'PROPOSED' ? `Pledger ${match.pledgerConfirmedAt ? 'confirmed' : 'to confirm'}, country ${match.countryConfirmedAt ? 'confirmed' : 'to confirm'}` : undefined;

function Status({ match }: { match: MatchRecord }) {
  const note = match.status === 'DECLINED' ? match.statusReason && `Reason: ${match.statusReason}` : confirmations(match);
  return (
    <Stack sx={{ gap: 0.5, alignItems: 'flex-start' }}>
      <MatchStatusChip status={match.status} />
      {note && (
        <Typography variant="caption" color="text.secondary">
          {note}
        </Typography>
      )}
    </Stack>
  );
}

/** One side of the pair, opening on its page, with where it is or who makes it. */
function Side({ resource, id, title, caption }: { resource: string; id: string; title: string; caption: string | undefined }) {
  const createPath = useCreatePath();
  return (
    <Stack sx={{ gap: 0.25 }}>
      <Link to={createPath({ resource, id, type: 'show' })}>{title}</Link>
      <Typography variant="caption" color="text.secondary">
        {caption}
      </Typography>
    </Stack>
  );
}

/** The matches of the list in context: the pair, its score explained, the amount, where it stands and what the viewer may do next. */
export const MatchTable = ({ showRoundtable = false, empty }: { showRoundtable?: boolean; empty?: string }) => (
  <DataTable<MatchRecord> rowClick={false} bulkActionButtons={false} empty={empty ? <Typography variant="body2" color="text.secondary">{empty}</Typography> : undefined}>
    <DataTable.Col<MatchRecord>
      label="Need"
      render={({ need }) => <Side resource="countryNeeds" id={need.id} title={need.title} caption={need.country?.name ?? need.region?.name} />}
    />
    <DataTable.Col<MatchRecord> label="Pledge" render={({ pledge }) => <Side resource="pledges" id={pledge.id} title={pledge.title} caption={pledge.leadMember.name} />} />
    {showRoundtable && <DataTable.Col<MatchRecord> label="Roundtable" render={(m) => m.roundtable?.name ?? '—'} />}
    <DataTable.Col<MatchRecord> source="score" render={(m) => <ScoreBreakdown score={m.score} components={m.components} />} />
    <DataTable.Col<MatchRecord> source="amountUsd" label="Amount" align="right" render={(m) => (m.amountUsd ? formatMoney(m.amountUsd, 'USD') : 'Non-financial')} />
    <DataTable.Col<MatchRecord> source="status" disableSort render={(m) => <Status match={m} />} />
    <DataTable.Col<MatchRecord> label="Actions" render={() => <MatchButtons />} />
  </DataTable>
);
