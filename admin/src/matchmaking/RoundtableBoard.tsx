import Divider from '@mui/material/Divider';
import EventIcon from '@mui/icons-material/Event';
import { Button, Link, Show, TopToolbar, useCreatePath, useRecordContext } from 'react-admin';
import { AuditHistory } from '../audit/index.js';
import { AllocationPanel, RoundtableMatches } from './AllocationPanel.js';
import { Allocations } from './Allocations.js';
import { NeedsCoverage } from './NeedsCoverage.js';
import type { RoundtableRecord } from './roundtables.adapter.js';
import { RoundtableSettings } from './RoundtableSettings.js';

const Title = () => {
  const record = useRecordContext<RoundtableRecord>();
  return <span>Matchmaking board{record ? `: ${record.name}` : ''}</span>;
};

const Actions = () => {
  const record = useRecordContext<RoundtableRecord>();
  const createPath = useCreatePath();
  if (!record) return null;
  return (
    <TopToolbar>
      <Button component={Link} to={createPath({ resource: 'events', id: record.id, type: 'show' })} label="The event">
        <EventIcon />
      </Button>
    </TopToolbar>
  );
};

/**
 * A roundtable's board, for staff and organizers: its settings, its needs with their coverage and suggested pledges,
 * the allocation and its suggestions, the matches and where they stand, and where the money goes.
 */
export const RoundtableBoard = () => (
  <Show title={<Title />} actions={<Actions />}>
    <RoundtableSettings />
    <NeedsCoverage />
    <Divider sx={{ mb: 2 }} />
    <AllocationPanel />
    <RoundtableMatches title="Matches" statuses={['PROPOSED', 'AGREED', 'IN_IMPLEMENTATION', 'CLOSED', 'DECLINED']} empty="No match proposed yet." />
    <Divider sx={{ mb: 2 }} />
    <Allocations />
    <AuditHistory title="History of the roundtable" />
  </Show>
);
