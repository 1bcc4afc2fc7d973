import { useState } from 'react';
import RateReviewIcon from '@mui/icons-material/RateReview';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useDataProvider, useGetList, useGetMany, useNotify, usePermissions, useRecordContext, useRefresh, type Identifier, type RaRecord } from 'react-admin';
import { isStaff, type Permissions } from '../authProvider.js';
import { AuditChanges } from '../audit/index.js';
import { fieldLabel, formatDateTime } from '../audit/format.js';
import type { ConsoleDataProvider } from '../dataProvider.js';
import { pledgeTypeChoices } from '../reference/choices.js';
import type { FocusAreaRecord } from '../reference/reference.adapters.js';
import { formatMoney } from '../ui/fields.js';
import type { PledgeRecord, PledgeRevisionRecord } from './pledges.adapter.js';
import { ReasonDialog } from './ReasonDialog.js';

/** The fields of UpdatePledgeInput (what a revision's changes are keyed by) as the show page names them. */
const FIELD_NAMES: Readonly<Record<string, string>> = {
  title: 'Title',
  description: 'Description',
  type: 'Type',
  partnerIds: 'Partners',
  estimatedValue: 'Estimated value',
  focusAreaCodes: 'Focus areas',
  pillarIds: 'Pillars',
  countryCodes: 'Implementation countries',
  regionIds: 'Implementation regions',
  isGlobal: 'Implemented worldwide',
  beneficiaryGroupCodes: 'Beneficiary groups',
  sdgs: 'SDGs',
  startDate: 'Starts',
  endDate: 'Ends',
  targetBeneficiaries: 'Target beneficiaries',
  announcedOn: 'Announced on',
  eventId: 'Announced at',
};

export const fieldName = (field: string) => FIELD_NAMES[field] ?? fieldLabel(field);

/** The resource that names the codes or IDs of a field, when the console has one. */
const REFERENCES: Readonly<Record<string, string>> = {
  partnerIds: 'members',
  eventId: 'events',
  countryCodes: 'countries',
  focusAreaCodes: 'focusAreas',
  beneficiaryGroupCodes: 'beneficiaryGroups',
  sdgs: 'sdgs',
  regionIds: 'ituRegions',
};

const ALL = { page: 1, perPage: 100 };

const idsIn = (value: unknown): Identifier[] => (Array.isArray(value) ? value : [value]).filter((v): v is Identifier => typeof v === 'string' || typeof v === 'number');

/** The codes and IDs a revision's changes mention for one field, before and after. */
const referencedIds = (revision: PledgeRevisionRecord, field: string) =>
  [...new Set(revision.changes.filter((c) => c.field === field).flatMap((c) => [...idsIn(c.before), ...idsIn(c.after)]))];

const nameOf = (record: RaRecord): string => String(record.label ?? record.name ?? record.title ?? record.code ?? record.id);

/** The lists loaded whole by the console (countries, focus areas...): their names come from the cache. */
const STATIC = new Set(['countries', 'focusAreas', 'beneficiaryGroups', 'sdgs', 'ituRegions']);

/** Names of the records a field refers to, by their codes or IDs; loaded only when the revision changes that field. */
function useReferenceNames(revision: PledgeRevisionRecord, field: string): [string, string][] {
  const resource = REFERENCES[field]!;
  const ids = referencedIds(revision, field);
  const whole = STATIC.has(resource);
  const list = useGetList(resource, { pagination: { page: 1, perPage: 1000 } }, { enabled: whole && ids.length > 0 });
  const many = useGetMany(resource, { ids: whole ? [] : ids });
  const records = (whole ? list.data : many.data) ?? [];
  return records.map((record) => [`${field}:${String(record.id)}`, nameOf(record)]);
}

/** Pillars have no resource of their own: they come with their focus areas. */
function usePillarNames(): [string, string][] {
  const { data = [] } = useGetList<FocusAreaRecord>('focusAreas', { pagination: ALL });
  return data.flatMap((area) => area.pillars.map((pillar): [string, string] => [`pillarIds:${pillar.id}`, `${area.name}: ${pillar.name}`]));
}

/** The names the pledge already shows, for the values before the change (and those kept). */
function namesOnPledge(pledge: PledgeRecord): [string, string][] {
  return [
    ...pledge.partners.map((m): [string, string] => [`partnerIds:${m.id}`, m.name]),
    ...pledge.pillars.map((p): [string, string] => [`pillarIds:${p.id}`, p.name]),
    ...pledge.regions.map((r): [string, string] => [`regionIds:${r.id}`, r.name]),
    ...pledge.countries.map((c): [string, string] => [`countryCodes:${c.code}`, c.name]),
    ...pledge.focusAreas.map((f): [string, string] => [`focusAreaCodes:${f.code}`, f.name]),
    ...pledge.beneficiaryGroups.map((b): [string, string] => [`beneficiaryGroupCodes:${b.code}`, b.name]),
    ...pledge.sdgs.map((s): [string, string] => [`sdgs:${s.number}`, `${s.number}. ${s.title}`]),
    ...(pledge.event ? [[`eventId:${pledge.event.id}`, pledge.event.name] as [string, string]] : []),
  ];
}

/**
 * A proposed value as people read it: codes and IDs as the names of what they stand for (the code itself
 * when unknown), the type by its name, the estimated value as money. Lists and the rest are formatted as in the audit trail.
 */
function useDescribe(pledge: PledgeRecord, revision: PledgeRevisionRecord) {
  const names = new Map([
    ...namesOnPledge(pledge),
    ...usePillarNames(),
    ...useReferenceNames(revision, 'partnerIds'),
    ...useReferenceNames(revision, 'eventId'),
    ...useReferenceNames(revision, 'countryCodes'),
    ...useReferenceNames(revision, 'focusAreaCodes'),
    ...useReferenceNames(revision, 'beneficiaryGroupCodes'),
    ...useReferenceNames(revision, 'sdgs'),
    ...useReferenceNames(revision, 'regionIds'),
  ]);
  const name = (field: string, id: unknown) => names.get(`${field}:${String(id)}`) ?? id;
  return (field: string, value: unknown): unknown => {
    if (value === null || value === undefined) return value;
    if (field === 'type') return pledgeTypeChoices.find((c) => c.id === value)?.name ?? value;
    if (field === 'estimatedValue' && typeof value === 'object' && 'amount' in value) {
      const money = value as { amount: string; currency?: string };
      return formatMoney(money.amount, money.currency);
    }
    if (field === 'pillarIds' || REFERENCES[field]) return Array.isArray(value) ? value.map((id) => name(field, id)) : name(field, value);
    return value;
  };
}

/** Accept (publish the changes) or reject them with a reason: staff only. */
function RevisionDecisionButtons({ revision }: { revision: PledgeRevisionRecord }) {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  const [asking, setAsking] = useState(false);

  const decide = async (action: 'accept' | 'reject', reason?: string) => {
    setBusy(true);
    try {
      if (action === 'accept') {
        await dataProvider.acceptPledgeRevision({ id: revision.id });
        notify('Proposed changes accepted: they are published', { type: 'success' });
      } else {
        await dataProvider.rejectPledgeRevision({ id: revision.id, reason });
        notify('Proposed changes rejected: the published version stays', { type: 'success' });
      }
      setAsking(false);
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'The decision failed', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack direction="row" spacing={1}>
      <Button size="small" variant="contained" disabled={busy} onClick={() => void decide('accept')}>
        Accept changes
      </Button>
      <Button size="small" variant="outlined" color="error" disabled={busy} onClick={() => setAsking(true)}>
        Reject changes
      </Button>
      <ReasonDialog
        open={asking}
        title="Reject the proposed changes: why?"
        confirmLabel="Reject changes"
        busy={busy}
        onCancel={() => setAsking(false)}
        onConfirm={(reason) => void decide('reject', reason)}
      />
    </Stack>
  );
}

function RevisionChanges({ pledge, revision }: { pledge: PledgeRecord; revision: PledgeRevisionRecord }) {
  const describe = useDescribe(pledge, revision);
  // Reviewers read the whole of each value (descriptions included), not a cut.
  return <AuditChanges changes={revision.changes} label="Proposed changes, field by field" fieldName={fieldName} describe={describe} maxLength={Infinity} />;
}

/**
 * Changes proposed to the published pledge in context and waiting for review, field by field: published → proposed.
 * Staff accept or reject them here; the lead member's pledgers see what they proposed. Nothing shows without one.
 */
export function PledgeRevisionPanel() {
  const pledge = useRecordContext<PledgeRecord>();
  const { permissions } = usePermissions<Permissions>();
  const revision = pledge?.pendingRevision;
  if (!pledge || !revision) return null;
  const who = revision.proposedBy ? revision.proposedBy.displayName || revision.proposedBy.email : 'someone no longer known';
  return (
    <Paper component="section" aria-label="Proposed changes" variant="outlined" sx={{ m: 2, p: 2, borderColor: 'warning.main', borderWidth: 2 }}>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1, mb: 0.5 }}>
        <RateReviewIcon color="warning" />
        <Typography variant="h6" component="h2">
          Proposed changes
        </Typography>
      </Stack>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        Proposed by <span title={revision.proposedBy?.email}>{who}</span> on <time dateTime={revision.createdAt}>{formatDateTime(revision.createdAt)}</time>. The
        public sees the published version until a curator accepts them.
      </Typography>
      <RevisionChanges pledge={pledge} revision={revision} />
      <Box sx={{ mt: 1.5 }}>
        {isStaff(permissions) ? (
          <RevisionDecisionButtons revision={revision} />
        ) : (
          <Typography variant="body2" color="text.secondary">
            Waiting for a curator&apos;s review.
          </Typography>
        )}
      </Box>
    </Paper>
  );
}
