import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link, useCreatePath, useDataProvider, useGetList, type Identifier } from 'react-admin';
import type { MatchStatus } from '../gql/graphql.js';
import type { ConsoleDataProvider } from '../dataProvider.js';
import { formatUsd } from '../dashboard/format.js';
import { useRunAction } from '../reports/useRunAction.js';
import { AmountDialog } from './AmountDialog.js';
import type { MatchRecord, PledgeSuggestion } from './matches.adapter.js';
import { MatchStatusChip } from './MatchTable.js';
import { ScoreBreakdown } from './ScoreBreakdown.js';

const PAGE = 5;
const LIVE: MatchStatus[] = ['SUGGESTED', 'PROPOSED', 'AGREED', 'IN_IMPLEMENTATION', 'CLOSED'];

export interface SuggestedFor {
  id: Identifier;
  title: string;
  /** Null for a non-financial need, matched without an amount. */
  remainingGapUsd: string | null | undefined;
}

/** What both sides have left: the most a match can commit. */
function proposedAmount(need: SuggestedFor, suggestion: PledgeSuggestion): string {
  const gap = need.remainingGapUsd ?? '0';
  const left = suggestion.remainingUsd;
  return left !== null && left !== undefined && Number(left) < Number(gap) ? left : gap;
}

function Suggestion({ need, suggestion, status, onPropose }: { need: SuggestedFor; suggestion: PledgeSuggestion; status?: MatchStatus; onPropose?: () => void }) {
  const createPath = useCreatePath();
  const { pledge } = suggestion;
  return (
    <Stack component="li" aria-label={pledge.title} direction="row" sx={{ py: 1, gap: 2, alignItems: 'flex-start', flexWrap: 'wrap' }}>
      <Stack sx={{ minWidth: 260, flex: 1, gap: 0.25 }}>
        <Link to={createPath({ resource: 'pledges', id: pledge.id, type: 'show' })} sx={{ fontWeight: 600 }}>
          {pledge.reference ? `#${pledge.reference} ` : ''}
          {pledge.title}
        </Link>
        <Typography variant="caption" color="text.secondary">
          {pledge.leadMember.name}
          {suggestion.remainingUsd ? ` · ${formatUsd(suggestion.remainingUsd)} not yet allocated` : ''}
        </Typography>
      </Stack>
      <Box sx={{ flex: 2, minWidth: 320 }}>
        <ScoreBreakdown score={suggestion.score} components={suggestion.components} />
      </Box>
      <Box sx={{ minWidth: 100 }}>
        {status ? (
          <MatchStatusChip status={status} />
        ) : (
          onPropose && (
            <Button size="small" variant="outlined" onClick={onPropose} disabled={need.remainingGapUsd !== null && need.remainingGapUsd !== undefined && Number(need.remainingGapUsd) <= 0}>
              Propose
            </Button>
          )
        )}
      </Box>
    </Stack>
  );
}

/**
 * The published pledges that could meet a need, best first, each score explained (with a roundtable's weights
 * when given). Those already matched with the need show where their match stands; the others can be proposed.
 */
export function SuggestedPledges({ need, roundtableId, canPropose }: { need: SuggestedFor; roundtableId?: Identifier; canPropose: boolean }) {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { busy, run } = useRunAction();
  const [first, setFirst] = useState(PAGE);
  const [proposing, setProposing] = useState<PledgeSuggestion | undefined>();
  const { data, error, isPending } = useQuery({
    queryKey: ['matches', 'suggestedPledges', String(need.id), String(roundtableId ?? ''), first],
    queryFn: () => dataProvider.suggestedPledges({ needId: need.id, roundtableId, first, offset: 0 }),
  });
  const { data: live = [] } = useGetList<MatchRecord>('matches', { filter: { need: need.id, status: LIVE }, pagination: { page: 1, perPage: 100 } });
  const statusOf = new Map(live.map((m) => [m.pledge.id, m.status]));

  const propose = (suggestion: PledgeSuggestion, amountUsd?: string) =>
    run(
      async () => {
        await dataProvider.proposeMatch({ needId: need.id, pledgeId: suggestion.pledge.id, roundtableId, amountUsd });
        return 'Match proposed: the pledger and the country are asked to confirm it';
      },
      () => setProposing(undefined),
    );

  if (error) return <Alert severity="error">The suggestions could not be loaded: {error.message}</Alert>;
  if (isPending) return <Typography variant="body2">Loading the suggestions…</Typography>;
  if (!data.data.length) {
    return (
      <Typography variant="body2" color="text.secondary">
        No published pledge can meet this need: none overlaps it in place, time and what it is about.
      </Typography>
    );
  }
  const financial = need.remainingGapUsd !== null && need.remainingGapUsd !== undefined;
  return (
    <Box component="section" aria-label={`Suggested pledges for ${need.title}`}>
      <Stack component="ol" divider={<Divider flexItem />} sx={{ listStyle: 'none', p: 0, m: 0 }}>
        {data.data.map((suggestion) => (
          <Suggestion
            key={suggestion.id}
            need={need}
            suggestion={suggestion}
            status={statusOf.get(suggestion.pledge.id)}
            onPropose={canPropose ? () => (financial ? setProposing(suggestion) : void propose(suggestion)) : undefined}
          />
        ))}
      </Stack>
      {data.total > data.data.length && first < 100 && (
        <Button size="small" onClick={() => setFirst(first + PAGE)}>
          Show more ({data.total - data.data.length} more)
        </Button>
      )}
      {proposing && (
        <AmountDialog
          title={`Propose ${proposing.pledge.title} for ${need.title}`}
          description="The amount is committed at once against the pledge's value and the need's gap; the pledger and the country then confirm the match."
          confirmLabel="Propose"
          busy={busy}
          initialAmount={proposedAmount(need, proposing)}
          onCancel={() => setProposing(undefined)}
          onConfirm={(amountUsd) => void propose(proposing, amountUsd)}
        />
      )}
    </Box>
  );
}
