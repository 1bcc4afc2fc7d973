import { publicUntilArchived, type AccessRule } from '../common/access.js';

export const memberAccess: AccessRule = publicUntilArchived('member');
