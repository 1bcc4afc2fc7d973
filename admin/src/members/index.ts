import type { MemberRecord } from './members.adapter.js';
import { MemberCreate } from './MemberCreate.js';
import { MemberEdit } from './MemberEdit.js';
import { MemberList } from './MemberList.js';
import { MemberShow } from './MemberShow.js';

export default {
  list: MemberList,
  show: MemberShow,
  edit: MemberEdit,
  create: MemberCreate,
  recordRepresentation: (member: MemberRecord) => (member.acronym ? `${member.name} (${member.acronym})` : member.name),
};
