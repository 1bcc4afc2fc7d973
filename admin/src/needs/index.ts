import type { CountryNeedRecord } from './needs.adapter.js';
import { NeedCreate } from './NeedCreate.js';
import { NeedEdit } from './NeedEdit.js';
import { NeedList } from './NeedList.js';
import { NeedShow } from './NeedShow.js';

/** Country needs: governments' focal points and curators enter them, curators publish them for matchmaking. */
export default {
  list: NeedList,
  show: NeedShow,
  edit: NeedEdit,
  create: NeedCreate,
  options: { label: 'Country needs' },
  recordRepresentation: (need: CountryNeedRecord) => need.title,
};
