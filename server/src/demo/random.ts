/**
 * A small seeded pseudo-random number generator for demonstration data.
 * sfc32 (Chris Doty-Humphrey's Small Fast Counting generator), seeded through
 * splitmix32: same seed, same sequence, on every platform. Never use
 * Math.random in the demo code.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private spareNormal: number | undefined;

  constructor(seed: number) {
    let s = seed >>> 0;
    const splitmix32 = (): number => {
      s = (s + 0x9e3779b9) | 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.a = splitmix32();
    this.b = splitmix32();
    this.c = splitmix32();
    this.d = splitmix32();
    // Warm up: the first outputs of sfc32 are correlated with the seed.
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  /** An independent generator derived from this one (for sub-streams that must not shift each other). */
  fork(salt: number): Random {
    return new Random((this.nextUint32() ^ Math.imul(salt | 0, 0x9e3779b1)) >>> 0);
  }

  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    if (max < min) throw new RangeError(`int(${min}, ${max})`);
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** Float in [min, max). */
  float(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Index drawn with probability proportional to its weight. */
  weightedIndex(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w > 0 ? w : 0;
    if (!(total > 0)) throw new RangeError('weightedIndex needs a positive weight');
    let r = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      const w = weights[i]! > 0 ? weights[i]! : 0;
      if (r < w) return i;
      r -= w;
    }
    for (let i = weights.length - 1; i >= 0; i--) if (weights[i]! > 0) return i;
    return weights.length - 1;
  }

  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    return items[this.weightedIndex(weights)]!;
  }

  /** Picks from [value, weight] pairs. */
  weightedEntry<T>(entries: readonly (readonly [T, number])[]): T {
    return entries[this.weightedIndex(entries.map((e) => e[1]))]![0];
  }

  /** k distinct items, uniformly (partial Fisher-Yates; the input is not modified). */
  sample<T>(items: readonly T[], k: number): T[] {
    const n = items.length;
    const count = Math.min(k, n);
    if (count <= 0) return [];
    if (count * 4 < n) {
      const chosen = new Set<number>();
      const out: T[] = [];
      while (out.length < count) {
        const i = Math.floor(this.next() * n);
        if (!chosen.has(i)) {
          chosen.add(i);
          out.push(items[i]!);
        }
      }
      return out;
    }
    const copy = items.slice();
    for (let i = 0; i < count; i++) {
      const j = i + Math.floor(this.next() * (n - i));
      const tmp = copy[i]!;
      copy[i] = copy[j]!;
      copy[j] = tmp;
    }
    return copy.slice(0, count);
  }

  /** k distinct items, drawn successively with probability proportional to their weights. */
  weightedSample<T>(items: readonly T[], weights: readonly number[], k: number): T[] {
    const w = weights.map((x) => (x > 0 ? x : 0));
    const available = w.filter((x) => x > 0).length;
    const out: T[] = [];
    for (let n = Math.min(k, available); out.length < n; ) {
      const i = this.weightedIndex(w);
      out.push(items[i]!);
      w[i] = 0;
    }
    return out;
  }

  /**
   * Indices ordered as successive weighted draws without replacement
   * (Efraimidis-Spirakis keys): the first k are a weighted sample of k. O(n log n).
   * Items with no weight come last, in index order.
   */
  weightedOrder(weights: readonly number[]): number[] {
    const keys = weights.map((w) => {
      let u = 0;
      while (u === 0) u = this.next();
      return w > 0 ? -Math.log(u) / w : Number.POSITIVE_INFINITY;
    });
    return keys.map((_, i) => i).sort((a, b) => keys[a]! - keys[b]! || a - b);
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const tmp = items[i]!;
      items[i] = items[j]!;
      items[j] = tmp;
    }
    return items;
  }

  /** Standard normal (Box-Muller). */
  normal(mean = 0, sd = 1): number {
    if (this.spareNormal !== undefined) {
      const z = this.spareNormal;
      this.spareNormal = undefined;
      return mean + sd * z;
    }
    let u = 0;
    while (u === 0) u = this.next();
    const v = this.next();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spareNormal = r * Math.sin(2 * Math.PI * v);
    return mean + sd * r * Math.cos(2 * Math.PI * v);
  }

  /** Log-normal with the given median and sigma of the underlying normal. */
  lognormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.normal());
  }

  /** Pareto (type I) with minimum xm and shape alpha: heavy tail, mean xm*alpha/(alpha-1) for alpha > 1. */
  pareto(xm: number, alpha: number): number {
    let u = 0;
    while (u === 0) u = this.next();
    return xm / Math.pow(u, 1 / alpha);
  }

  /** Exponential with the given mean. */
  exponential(mean: number): number {
    let u = 0;
    while (u === 0) u = this.next();
    return -Math.log(u) * mean;
  }
}

/** Index into a cumulative-weights array (ascending, last = total) by binary search: O(log n) weighted picks over a prefix. */
export function searchCumulative(cumulative: ArrayLike<number>, value: number, length = cumulative.length): number {
  let lo = 0;
  let hi = length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid]! > value) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
