import type { Curated } from './entities.base.js';
import { isStaff, type Viewer } from './viewer.js';

/** Archived records are kept for the record but shown to staff only. */
export const canViewCurated = (viewer: Viewer, record: Curated) => !record.isArchived || isStaff(viewer);
