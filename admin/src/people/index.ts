import type { PersonRecord } from './people.adapter.js';
import { PersonCreate } from './PersonCreate.js';
import { PersonEdit } from './PersonEdit.js';
import { PersonList } from './PersonList.js';
import { PersonShow } from './PersonShow.js';

export default {
  list: PersonList,
  show: PersonShow,
  edit: PersonEdit,
  create: PersonCreate,
  recordRepresentation: (person: PersonRecord) => person.name,
};
