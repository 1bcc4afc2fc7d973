import { useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Collapse from '@mui/material/Collapse';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { ScoreComponentPartsFragment } from '../gql/graphql.js';
import { formatShare } from '../dashboard/format.js';
import { SCORE_COMPONENTS } from './choices.js';

type Component = ScoreComponentPartsFragment;

/** Scores as people read them: out of 100. */
export const formatScore = (score: number) => (score * 100).toFixed(0);

const decimal = (value: number) => value.toFixed(2);

/** The score as a bar of its components' contributions, side by side; together they make the score. */
export function ScoreBar({ score, components }: { score: number; components: readonly Component[] }) {
  return (
    <Stack direction="row" sx={{ alignItems: 'center', gap: 1 }}>
      <Typography variant="body2" sx={{ fontWeight: 600, minWidth: 24, textAlign: 'right' }} aria-label="Score">
        {formatScore(score)}
      </Typography>
      <Box role="img" aria-label={`Score ${formatScore(score)} of 100`} sx={{ display: 'flex', width: 160, height: 10, bgcolor: 'action.hover', borderRadius: 1, overflow: 'hidden' }}>
        {components.map((c) => (
          <Tooltip key={c.component} title={`${SCORE_COMPONENTS[c.component].label}: ${formatScore(c.contribution)} (${c.explanation})`}>
            <Box sx={{ width: `${c.contribution * 100}%`, bgcolor: SCORE_COMPONENTS[c.component].colour }} />
          </Tooltip>
        ))}
      </Box>
    </Stack>
  );
}

/** Every component with its share of the weight, its value, what it adds to the score and why. */
export function ScoreTable({ components }: { components: readonly Component[] }) {
  return (
    <Table size="small" aria-label="Score breakdown">
      <TableHead>
        <TableRow>
          <TableCell>Component</TableCell>
          <TableCell align="right">Weight</TableCell>
          <TableCell align="right">Value</TableCell>
          <TableCell align="right">Contribution</TableCell>
          <TableCell>Why</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {components.map((c) => (
          <TableRow key={c.component}>
            <TableCell>
              <Box component="span" sx={{ display: 'inline-block', width: 10, height: 10, mr: 1, borderRadius: 0.5, bgcolor: SCORE_COMPONENTS[c.component].colour }} />
              {SCORE_COMPONENTS[c.component].label}
            </TableCell>
            <TableCell align="right">{formatShare(c.weight)}</TableCell>
            <TableCell align="right">{decimal(c.value)}</TableCell>
            <TableCell align="right">{formatScore(c.contribution)}</TableCell>
            <TableCell>{c.explanation}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The score's bar, and its table on demand. */
export function ScoreBreakdown({ score, components }: { score: number; components: readonly Component[] }) {
  const [open, setOpen] = useState(false);
  return (
    <Box>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1 }}>
        <ScoreBar score={score} components={components} />
        <Button size="small" aria-expanded={open} onClick={() => setOpen(!open)} sx={{ whiteSpace: 'nowrap' }}>
          {open ? 'Hide the breakdown' : 'Why this score'}
        </Button>
      </Stack>
      <Collapse in={open} unmountOnExit>
        <ScoreTable components={components} />
      </Collapse>
    </Box>
  );
}
