import { useDataProvider, useRecordContext } from 'react-admin';
import type { ConsoleDataProvider } from '../dataProvider.js';
import { WorkflowButtons } from '../ui/WorkflowButtons.js';
import type { PledgeAction, PledgeRecord } from './pledges.adapter.js';
import { PLEDGE_ACTION_DONE } from './workflow.js';

/** The pledge's workflow actions the API offers the viewer: submit, approve, request changes, reject, withdraw. */
export function PledgeWorkflowButtons() {
  const pledge = useRecordContext<PledgeRecord>();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  if (!pledge) return null;
  const take = async (action: PledgeAction, reason?: string) => {
    await dataProvider.transitionPledge({ id: pledge.id, action, expectedVersion: pledge.version, reason });
    return PLEDGE_ACTION_DONE[action];
  };
  return <WorkflowButtons actions={pledge.availableActions} take={take} />;
}
