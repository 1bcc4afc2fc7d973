import { hasRole, isStaff, representsMember, Role, type Viewer } from '../common/viewer.js';
import type { CountryNeed } from './country-need.entity.js';

/** The focal points of the government that submitted the need speak for its country. */
export const speaksForNeed = (viewer: Viewer, need: CountryNeed) => Boolean(need.member && hasRole(viewer, Role.PLEDGER) && representsMember(viewer, need.member.id));

export const canEditNeed = (viewer: Viewer, need: CountryNeed) => isStaff(viewer) || (speaksForNeed(viewer, need) && need.isEditableBySubmitter && !need.isArchived);
