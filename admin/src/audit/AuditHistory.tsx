import { useInfiniteQuery } from '@tanstack/react-query';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Divider from '@mui/material/Divider';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link, useDataProvider, usePermissions, useRecordContext, type RaRecord } from 'react-admin';
import { isStaff, type Permissions } from '../authProvider.js';
import type { ConsoleDataProvider } from '../dataProvider.js';
import type { AuditEntry } from './audit.adapter.js';
import { AuditChanges } from './AuditChanges.js';
import { actorName, formatDateTime } from './format.js';

const PAGE_SIZE = 20;

function Entry({ entry }: { entry: AuditEntry }) {
  const who = actorName(entry);
  return (
    <Box component="article" aria-label={`${entry.action} by ${who}`} sx={{ py: 1.5 }}>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 0.5 }}>
        <Chip size="small" label={entry.action} variant="outlined" sx={{ fontFamily: 'monospace' }} />
        <Typography variant="body2">
          <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
          {' by '}
          <Typography component="span" variant="body2" title={entry.actor?.email} sx={{ fontWeight: 600 }}>
            {who}
          </Typography>
        </Typography>
      </Stack>
      {entry.reason ? (
        <Typography variant="body2" sx={{ mb: 0.5 }}>
          Reason: {entry.reason}
        </Typography>
      ) : null}
      <AuditChanges changes={entry.changes} />
    </Box>
  );
}

/**
 * The audit trail of the record in context, newest first: when, who, the action, the reason and
 * the fields before → after. For staff only (the API refuses the others); shows nothing to them.
 */
export function AuditHistory({ title = 'History' }: { title?: string }) {
  const record = useRecordContext<RaRecord & { version?: number }>();
  const { permissions } = usePermissions<Permissions>();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const staff = isStaff(permissions);
  const id = record?.id;
  const query = useInfiniteQuery({
    // The version in the key loads the history again whenever the record changes.
    queryKey: ['auditEntries', 'history', String(id), record?.version],
    queryFn: ({ pageParam }) => dataProvider.auditHistory({ id: id!, first: PAGE_SIZE, offset: pageParam }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((n, page) => n + page.data.length, 0);
      return last.data.length && loaded < last.total ? loaded : undefined;
    },
    enabled: staff && id !== undefined,
  });

  if (!staff || !record) return null;
  const total = query.data?.pages.at(-1)?.total ?? 0;
  // Offset pages may overlap when a change lands while paging.
  const entries = [...new Map(query.data?.pages.flatMap((page) => page.data).map((entry) => [entry.id, entry])).values()];

  return (
    <Box component="section" aria-label={title} sx={{ px: 2, pb: 2 }}>
      <Divider sx={{ mb: 2 }} />
      <Stack direction="row" sx={{ alignItems: 'baseline', gap: 1.5, flexWrap: 'wrap' }}>
        <Typography variant="h6" component="h2">
          {title}
        </Typography>
        {query.data ? (
          <Typography variant="body2" color="text.secondary">
            {total === 1 ? '1 change' : `${total} changes`}, newest first ·{' '}
            <Link to={`/auditEntries?filter=${encodeURIComponent(JSON.stringify({ record: String(record.id) }))}`}>open in the audit trail</Link>
          </Typography>
        ) : null}
      </Stack>
      {query.error ? <Alert severity="error">The history could not be loaded: {query.error.message}</Alert> : null}
      {query.isPending && !query.error ? <Skeleton variant="rounded" height={80} sx={{ mt: 1 }} /> : null}
      {query.data && !entries.length ? (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          No change recorded yet.
        </Typography>
      ) : null}
      <Stack divider={<Divider flexItem />}>
        {entries.map((entry) => (
          <Entry key={entry.id} entry={entry} />
        ))}
      </Stack>
      {query.hasNextPage ? (
        <Button size="small" disabled={query.isFetchingNextPage} onClick={() => void query.fetchNextPage()}>
          Show older changes
        </Button>
      ) : null}
    </Box>
  );
}
