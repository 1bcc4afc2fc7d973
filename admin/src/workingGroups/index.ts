import type { WorkingGroupRecord } from './workingGroups.adapter.js';
import { WorkingGroupEdit } from './WorkingGroupEdit.js';
import { WorkingGroupList } from './WorkingGroupList.js';
import { WorkingGroupShow } from './WorkingGroupShow.js';

// No create: a working group comes with its focus area.
export default {
  list: WorkingGroupList,
  show: WorkingGroupShow,
  edit: WorkingGroupEdit,
  create: undefined,
  recordRepresentation: (group: WorkingGroupRecord) => group.name,
};
