import type { MouseEvent } from 'react';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link, useCreatePath, useRecordContext } from 'react-admin';
import type { ExpressionOfInterestRecord } from './expressionsOfInterest.adapter.js';

type Member = ExpressionOfInterestRecord['possibleDuplicateMembers'][number];

const stop = (event: MouseEvent) => event.stopPropagation();

/** A member's name, linked to its page (without opening the row it sits in). */
export function MemberLink({ member }: { member: Pick<Member, 'id' | 'name'> }) {
  const createPath = useCreatePath();
  return (
    <Link to={createPath({ resource: 'members', id: member.id, type: 'show' })} onClick={stop}>
      {member.name}
    </Link>
  );
}

const countLabel = (n: number) => (n === 1 ? '1 possible duplicate' : `${n} possible duplicates`);

/** A warning when existing members may be this organisation (a similar name or the same website), each linked to its page. */
export function DuplicateMembersChip({ request }: { request: ExpressionOfInterestRecord }) {
  const members = request.possibleDuplicateMembers;
  if (!members.length) {
    return (
      <Typography variant="body2" color="text.secondary">
        —
      </Typography>
    );
  }
  return (
    <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
      <Chip icon={<WarningAmberIcon />} color="warning" variant="outlined" size="small" label={countLabel(members.length)} />
      {members.map((member) => (
        <Typography key={member.id} variant="body2">
          <MemberLink member={member} />
        </Typography>
      ))}
    </Stack>
  );
}

/** The same warning on the request's page, above its details: to check before accepting. */
export function DuplicateMembersAlert() {
  const request = useRecordContext<ExpressionOfInterestRecord>();
  const members = request?.possibleDuplicateMembers ?? [];
  if (!request || !members.length || request.status !== 'PENDING') return null;
  return (
    <Alert severity="warning" sx={{ m: 2, mb: 0 }} aria-label="Possible duplicates">
      <AlertTitle>{countLabel(members.length)}</AlertTitle>
      Existing members with a similar name or the same website may be this organisation:
      <Box component="ul" sx={{ m: 0, pl: 2 }}>
        {members.map((member) => (
          <li key={member.id}>
            <MemberLink member={member} />
          </li>
        ))}
      </Box>
    </Alert>
  );
}
