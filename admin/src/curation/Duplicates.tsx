import type { MouseEvent } from 'react';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { Link, ShowButton, useCreatePath, useRecordContext } from 'react-admin';
import { pledgeStatusChoices } from '../reference/choices.js';
import type { CurationItem, PossibleDuplicate } from './curation.adapter.js';

export const percent = (similarity: number) => `${Math.round(similarity * 100)}%`;

const statusName = (status: string) => pledgeStatusChoices.find((c) => c.id === status)?.name ?? status;

const duplicateLabel = ({ pledge }: PossibleDuplicate) => (pledge.reference ? `#${pledge.reference} ${pledge.title}` : pledge.title);

const stop = (event: MouseEvent) => event.stopPropagation();

/** A warning when the lead member has other pledges that read much alike; hovering lists them. */
export function DuplicatesChip({ pledge }: { pledge: CurationItem }) {
  const duplicates = pledge.possibleDuplicates ?? [];
  if (!duplicates.length) {
    return (
      <Typography variant="body2" color="text.secondary">
        —
      </Typography>
    );
  }
  const list = (
    <Box component="ul" sx={{ m: 0, pl: 2 }}>
      {duplicates.map((d) => (
        <li key={d.pledge.id}>
          {duplicateLabel(d)} ({statusName(d.pledge.status)}): title {percent(d.titleSimilarity)}, description {percent(d.descriptionSimilarity)} alike
        </li>
      ))}
    </Box>
  );
  return (
    <Tooltip title={list}>
      <Chip
        icon={<WarningAmberIcon />}
        color="warning"
        variant="outlined"
        size="small"
        label={duplicates.length === 1 ? '1 possible duplicate' : `${duplicates.length} possible duplicates`}
      />
    </Tooltip>
  );
}

/** The expand panel of a queue row: the description, the possible duplicates side by side, and a way to the pledge. */
export function CurationDetails() {
  const pledge = useRecordContext<CurationItem>();
  const createPath = useCreatePath();
  if (!pledge) return null;
  const duplicates = pledge.possibleDuplicates ?? [];
  return (
    <Stack spacing={1.5} sx={{ py: 1 }}>
      <Typography variant="body2" sx={{ whiteSpace: 'pre-line' }}>
        {pledge.description}
      </Typography>
      {duplicates.length ? (
        <Table size="small" aria-label="Possible duplicates">
          <TableHead>
            <TableRow>
              <TableCell>Possible duplicate (same lead member)</TableCell>
              <TableCell>Status</TableCell>
              <TableCell align="right">Title alike</TableCell>
              <TableCell align="right">Description alike</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {duplicates.map((d) => (
              <TableRow key={d.pledge.id}>
                <TableCell>
                  <Link to={createPath({ resource: 'pledges', id: d.pledge.id, type: 'show' })} onClick={stop}>
                    {duplicateLabel(d)}
                  </Link>
                </TableCell>
                <TableCell>{statusName(d.pledge.status)}</TableCell>
                <TableCell align="right">{percent(d.titleSimilarity)}</TableCell>
                <TableCell align="right">{percent(d.descriptionSimilarity)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      ) : (
        <Typography variant="body2" color="text.secondary">
          No other pledge of this lead member reads alike.
        </Typography>
      )}
      <Box>
        <ShowButton resource="pledges" record={pledge} label="Open the pledge" />
      </Box>
    </Stack>
  );
}
