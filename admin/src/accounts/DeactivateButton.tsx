import BlockIcon from '@mui/icons-material/Block';
import { DeleteButton, useGetIdentity, useNotify, useRecordContext, useRefresh } from 'react-admin';
import type { AccountRecord } from './accounts.adapter.js';

/**
 * Deactivates the account in context, after confirmation (it cannot be undone from the console), and stays on its page
 * to show it deactivated. Hidden for the admin's own account, which the API refuses to deactivate.
 */
export function DeactivateButton() {
  const account = useRecordContext<AccountRecord>();
  const { identity } = useGetIdentity();
  const notify = useNotify();
  const refresh = useRefresh();
  if (!account || account.archivedAt || account.id === identity?.id) return null;
  return (
    <DeleteButton
      label="Deactivate"
      icon={<BlockIcon />}
      mutationMode="pessimistic"
      confirmTitle={`Deactivate ${account.email}?`}
      confirmContent="The account can no longer log in: its sessions end and its API tokens are revoked."
      mutationOptions={{
        onSuccess: () => {
          notify('Account deactivated', { type: 'success' });
          refresh();
        },
      }}
    />
  );
}
