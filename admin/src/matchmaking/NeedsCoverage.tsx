import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Collapse from '@mui/material/Collapse';
import Divider from '@mui/material/Divider';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link, useCreatePath, useRecordContext } from 'react-admin';
import { choiceName } from '../reports/choices.js';
import { pledgeTypeChoices } from '../reference/choices.js';
import { needPriorityChoices } from '../needs/choices.js';
import { CoverageBar } from './CoverageBar.js';
import type { NeedCoverage, RoundtableRecord } from './roundtables.adapter.js';
import { SuggestedPledges } from './SuggestedPledges.js';
import { useRunsRoundtable } from './useRunsRoundtable.js';

const matchCount = (n: number) => (n === 1 ? '1 match' : `${n} matches`);

function NeedRow({ coverage, roundtableId, runs }: { coverage: NeedCoverage; roundtableId: string; runs: boolean }) {
  const createPath = useCreatePath();
  const [open, setOpen] = useState(false);
  const { need } = coverage;
  const where = need.country?.name ?? need.region?.name ?? '';
  return (
    <Box component="li" aria-label={need.title} sx={{ py: 1.5 }}>
      <Stack direction="row" sx={{ gap: 2, alignItems: 'center', flexWrap: 'wrap' }}>
        <Stack sx={{ flex: 1, minWidth: 260, gap: 0.25 }}>
          <Link to={createPath({ resource: 'countryNeeds', id: need.id, type: 'show' })} sx={{ fontWeight: 600 }}>
            {need.title}
          </Link>
          <Typography variant="caption" color="text.secondary">
            {[where, need.focusArea.name, choiceName(pledgeTypeChoices, need.modality)].filter(Boolean).join(' · ')}
          </Typography>
        </Stack>
        <Chip size="small" variant="outlined" label={`${choiceName(needPriorityChoices, need.priority)} priority`} />
        <Box sx={{ flex: 2, minWidth: 300 }}>
          <CoverageBar label={`Coverage of ${need.title}`} allocatedUsd={coverage.allocatedUsd} totalUsd={coverage.gapUsd} share={coverage.coverage} of="covered" />
        </Box>
        <Typography variant="body2" sx={{ minWidth: 80 }}>
          {matchCount(coverage.matches)}
        </Typography>
        <Button size="small" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Hide the suggestions' : 'Suggested pledges'}
        </Button>
      </Stack>
      <Collapse in={open} unmountOnExit>
        <Box sx={{ pl: 2, pt: 1 }}>
          <SuggestedPledges need={{ id: need.id, title: need.title, remainingGapUsd: need.remainingGapUsd }} roundtableId={roundtableId} canPropose={runs} />
        </Box>
      </Collapse>
    </Box>
  );
}

/** The published needs of the roundtable's countries, each with what committed matches cover of its gap, and its suggested pledges on demand. */
export function NeedsCoverage() {
  const record = useRecordContext<RoundtableRecord>();
  const runs = useRunsRoundtable(record);
  const needs = record?.roundtable?.needs;
  if (!record || !needs) return null;
  return (
    <Box component="section" aria-label="Needs" sx={{ px: 2, pb: 2 }}>
      <Typography variant="h6" component="h2">
        Needs
      </Typography>
      {needs.length ? (
        <Stack component="ul" divider={<Divider flexItem />} sx={{ listStyle: 'none', p: 0, m: 0 }}>
          {needs.map((coverage) => (
            <NeedRow key={coverage.need.id} coverage={coverage} roundtableId={record.id} runs={runs} />
          ))}
        </Stack>
      ) : (
        <Typography variant="body2" color="text.secondary">
          No published need of the roundtable's countries yet: choose its countries in the settings.
        </Typography>
      )}
    </Box>
  );
}
