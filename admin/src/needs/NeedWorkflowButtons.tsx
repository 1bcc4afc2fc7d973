import { useDataProvider, useRecordContext } from 'react-admin';
import type { ConsoleDataProvider } from '../dataProvider.js';
import { WorkflowButtons } from '../ui/WorkflowButtons.js';
import type { CountryNeedRecord, NeedAction } from './needs.adapter.js';
import { NEED_ACTION_DONE } from './workflow.js';

/** The need's workflow actions the API offers the viewer: submit, approve, request changes, reject, withdraw. */
export function NeedWorkflowButtons() {
  const need = useRecordContext<CountryNeedRecord>();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  if (!need) return null;
  const take = async (action: NeedAction, reason?: string) => {
    await dataProvider.transitionCountryNeed({ id: need.id, action, expectedVersion: need.version, reason });
    return NEED_ACTION_DONE[action];
  };
  return (
    <WorkflowButtons
      actions={need.availableActions}
      take={take}
      reasonReadBy="The government's focal points will see this reason; it is also kept in the audit trail."
    />
  );
}
