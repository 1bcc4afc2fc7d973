import type { ProgressReportRecord } from './reports.adapter.js';
import type { ReportingCycleRecord } from './cycles.adapter.js';
import { ReportCreate } from './ReportCreate.js';
import { ReportEdit } from './ReportEdit.js';
import { ReportList } from './ReportList.js';
import { reportTitle, ReportShow } from './ReportShow.js';
import { CycleCreate } from './CycleCreate.js';
import { CycleList } from './CycleList.js';
import { CycleShow } from './CycleShow.js';
import { OverdueList } from './OverdueList.js';

export { PledgeProgressPanel } from './PledgeProgressPanel.js';

/** Progress reports: pledgers write and submit them, staff accept or return them. */
export default {
  list: ReportList,
  show: ReportShow,
  edit: ReportEdit,
  create: ReportCreate,
  options: { label: 'Progress reports' },
  recordRepresentation: (report: ProgressReportRecord) => reportTitle(report),
};

/** Reporting years, for staff: opened, reminded and closed here. */
export const cycles = {
  list: CycleList,
  show: CycleShow,
  create: CycleCreate,
  edit: undefined,
  options: { label: 'Reporting cycles' },
  recordRepresentation: (cycle: ReportingCycleRecord) => String(cycle.year),
};

/** Published pledges owing a report, for staff to follow up: a list only (each pledge opens in `pledges`). */
export const overdue = {
  list: OverdueList,
  show: undefined,
  edit: undefined,
  create: undefined,
  options: { label: 'Reports owed' },
};
