import * as highsModule from 'highs';
import type { Highs } from 'highs';

/**
 * The allocation of pledges' remaining value to needs' remaining gaps that maximises the total
 * weighted score, as a linear program solved by HiGHS:
 *
 *   maximise  Σ score(p) · x(p)
 *   subject to  Σ x over a need's pairs ≤ its gap,  Σ x over a pledge's pairs ≤ its capacity,  x ≥ 0
 *
 * for financial needs (amounts in whole USD), and, for non-financial needs, the same with y(p) in
 * [0, 1], at most `pledgesPerNonFinancialNeed` pledges per need and `needsPerPledge` needs per pledge.
 * Both are transportation problems: their constraint matrices are totally unimodular, so the
 * simplex optimum is integral (whole dollars, whole matches) and optimal among integral allocations too.
 */

export interface AllocationProblem {
  /** Remaining funding gap in whole USD; null for a non-financial need. */
  readonly needs: readonly { readonly gap: number | null }[];
  /** Remaining unallocated value in whole USD; null for a pledge without a value. */
  readonly pledges: readonly { readonly capacity: number | null }[];
  /** Candidate pairs, by index into `needs` and `pledges`, with their score (0 to 1). */
  readonly pairs: readonly { readonly need: number; readonly pledge: number; readonly score: number }[];
  /** How many non-financial needs one pledge may support (default 5). */
  readonly needsPerPledge?: number;
  /** How many pledges one non-financial need is matched with (default 1). */
  readonly pledgesPerNonFinancialNeed?: number;
}

export interface Allocation {
  /** Pairs chosen, by index into `pairs`: an amount for financial needs, null for the others. */
  readonly matches: readonly { readonly pair: number; readonly amount: number | null }[];
  /** Σ score × amount over the financial matches. */
  readonly financialObjective: number;
  /** Σ score over the non-financial matches. */
  readonly nonFinancialObjective: number;
}

// The package's types describe its CommonJS build; Node and Vite load its ES module, whose default export is the loader.
const loadHighs = (highsModule as unknown as { default: () => Promise<Highs> }).default;
let solver: Promise<Highs> | undefined;

/** One WebAssembly instance per process: loading it takes longer than most solves. */
const highs = () => (solver ??= loadHighs());

export async function allocate(problem: AllocationProblem): Promise<Allocation> {
  const needsPerPledge = problem.needsPerPledge ?? 5;
  const pledgesPerNeed = problem.pledgesPerNonFinancialNeed ?? 1;
  const columns: { pair: number; financial: boolean; upper: number; score: number; rows: [string, string] }[] = [];
  problem.pairs.forEach((pair, index) => {
    const gap = problem.needs[pair.need]!.gap;
    const capacity = problem.pledges[pair.pledge]!.capacity;
    if (pair.score <= 0) return;
    if (gap === null) {
      columns.push({ pair: index, financial: false, upper: 1, score: pair.score, rows: [`N${pair.need}`, `P${pair.pledge}`] });
    } else if (gap > 0 && capacity !== null && capacity > 0) {
      columns.push({ pair: index, financial: true, upper: Math.min(gap, capacity), score: pair.score, rows: [`G${pair.need}`, `C${pair.pledge}`] });
    }
  });
  if (!columns.length) return { matches: [], financialObjective: 0, nonFinancialObjective: 0 };

  /** Rows: a financial need's gap (G), a pledge's capacity (C), a non-financial need's (N) and a pledge's (P) match counts. */
  const limitOf = (key: string): number => {
    const id = Number(key.slice(1));
    switch (key[0]) {
      case 'G':
        return problem.needs[id]!.gap!;
      case 'C':
        return problem.pledges[id]!.capacity!;
      case 'N':
        return pledgesPerNeed;
      default:
        return needsPerPledge;
    }
  };
  const rowIndex = new Map<string, number>();
  const rowUpper: number[] = [];
  const row = (key: string) => {
    let index = rowIndex.get(key);
    if (index === undefined) {
      index = rowUpper.length;
      rowIndex.set(key, index);
      rowUpper.push(limitOf(key));
    }
    return index;
  };
  const starts = [0];
  const indices: number[] = [];
  for (const column of columns) {
    const [a, b] = column.rows.map(row) as [number, number];
    indices.push(Math.min(a, b), Math.max(a, b));
    starts.push(indices.length);
  }

  const h = await highs();
  const model = h.createModel({
    numCols: columns.length,
    numRows: rowUpper.length,
    sense: h.constants.objectiveSense.maximize,
    colCost: columns.map((c) => c.score),
    colLower: columns.map(() => 0),
    colUpper: columns.map((c) => c.upper),
    rowLower: rowUpper.map(() => -h.infinity),
    rowUpper,
    matrix: { format: 'csc', numRows: rowUpper.length, numCols: columns.length, starts, indices, values: indices.map(() => 1) },
  });
  try {
    model.options.set({ output_flag: false, solver: 'simplex' });
    model.run();
    if (model.getModelStatus() !== h.constants.modelStatus.optimal) throw new Error(`The allocation solver stopped without an optimum (status ${model.getModelStatus()})`);
    const values = model.getSolution().colValue;
    const matches: { pair: number; amount: number | null }[] = [];
    let financialObjective = 0;
    let nonFinancialObjective = 0;
    columns.forEach((column, i) => {
      // Integral at a vertex of a totally unimodular system: rounding only removes floating-point dust.
      const value = Math.round(values[i]!);
      if (value <= 0) return;
      matches.push({ pair: column.pair, amount: column.financial ? value : null });
      if (column.financial) financialObjective += column.score * value;
      else nonFinancialObjective += column.score;
    });
    return { matches, financialObjective, nonFinancialObjective };
  } finally {
    model.dispose();
  }
}
