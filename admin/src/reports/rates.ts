import type { RateRow } from '../dashboard/charts.js';
import { pledgeTypeChoices, sectorChoices } from '../reference/choices.js';
import { choiceName } from './choices.js';
import type { ReportingCycleRecord } from './cycles.adapter.js';

const rowOf = (id: string, label: string, { owed, reported, rate }: { owed: number; reported: number; rate: number }): RateRow => ({ id, label, owed, reported, rate });

/** A cycle's reporting rates as chart rows: by lead member sector, by focus area (in their order) and by pledge type. */
export function rateRowsOf({ bySector, byFocusArea, byType }: ReportingCycleRecord['stats']) {
  return {
    sectors: bySector.flatMap((g) => (g.sector ? [rowOf(g.sector, choiceName(sectorChoices, g.sector), g)] : [])),
    focusAreas: [...byFocusArea]
      .sort((a, b) => (a.focusArea?.position ?? 0) - (b.focusArea?.position ?? 0))
      .flatMap((g) => (g.focusArea ? [rowOf(g.focusArea.code, g.focusArea.name, g)] : [])),
    types: byType.flatMap((g) => (g.type ? [rowOf(g.type, choiceName(pledgeTypeChoices, g.type), g)] : [])),
  };
}
