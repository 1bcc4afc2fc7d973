import type { PillarRecord } from './pillars.adapter.js';
import { PillarCreate } from './PillarCreate.js';
import { PillarEdit } from './PillarEdit.js';
import { PillarList } from './PillarList.js';
import { PillarShow } from './PillarShow.js';

export default {
  list: PillarList,
  show: PillarShow,
  edit: PillarEdit,
  create: PillarCreate,
  recordRepresentation: (pillar: PillarRecord) => pillar.name,
};
