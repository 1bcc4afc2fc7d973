import type { PledgeRecord } from './pledges.adapter.js';
import { PledgeCreate } from './PledgeCreate.js';
import { PledgeEdit } from './PledgeEdit.js';
import { PledgeList } from './PledgeList.js';
import { PledgeShow } from './PledgeShow.js';

export default {
  list: PledgeList,
  show: PledgeShow,
  edit: PledgeEdit,
  create: PledgeCreate,
  recordRepresentation: (pledge: PledgeRecord) => (pledge.reference ? `#${pledge.reference} ${pledge.title}` : pledge.title),
};
