import type { AccountRecord } from './accounts.adapter.js';
import { AccountCreate } from './AccountCreate.js';
import { AccountEdit } from './AccountEdit.js';
import { AccountList } from './AccountList.js';
import { AccountShow } from './AccountShow.js';

/** Who may log in to the console and the API, with their roles: for admins only. */
export default {
  list: AccountList,
  show: AccountShow,
  edit: AccountEdit,
  create: AccountCreate,
  recordRepresentation: (account: AccountRecord) => account.displayName,
};
