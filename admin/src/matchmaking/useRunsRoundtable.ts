import type { RoundtableRecord } from './roundtables.adapter.js';
import { useViewer } from './useViewer.js';

/** Staff run every roundtable; organizers those they are named for (the API refuses the others its settings, allocation and proposals). */
export function useRunsRoundtable(record: RoundtableRecord | undefined): boolean {
  const { role, accountId } = useViewer();
  if (role === 'ADMIN' || role === 'CURATOR') return true;
  return role === 'ORGANIZER' && Boolean(record?.roundtable?.organizers?.some((o) => o.id === accountId));
}
