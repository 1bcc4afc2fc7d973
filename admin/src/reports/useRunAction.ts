import { useState } from 'react';
import { useNotify, useRefresh } from 'react-admin';

/**
 * Runs a button's action: the buttons disabled meanwhile, the message it returns (or its error) as a notification,
 * the page's records loaded again after a success.
 */
export function useRunAction() {
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<string>, onSuccess?: () => void) => {
    setBusy(true);
    try {
      notify(await action(), { type: 'success' });
      onSuccess?.();
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'The action failed', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}
