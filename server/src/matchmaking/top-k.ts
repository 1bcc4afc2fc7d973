/**
 * The k highest-scoring items of many, best first and ties by ID, in one pass with a heap of k:
 * ranking 40,000 candidates for a page of 20 neither sorts nor keeps them all. Items scoring below 0
 * are left out and not counted.
 */
export function topScored<T extends { readonly id: number }>(items: readonly T[], k: number, score: (item: T) => number): { best: { item: T; score: number }[]; eligible: number } {
  const heap: { item: T; score: number }[] = [];
  // The heap's root is the worst kept: the lowest score, and of equal scores the highest ID.
  const worse = (a: { item: T; score: number }, b: { item: T; score: number }) => a.score < b.score || (a.score === b.score && a.item.id > b.item.id);
  const swap = (i: number, j: number) => {
    const t = heap[i]!;
    heap[i] = heap[j]!;
    heap[j] = t;
  };
  const down = (start: number) => {
    let i = start;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let w = i;
      if (l < heap.length && worse(heap[l]!, heap[w]!)) w = l;
      if (r < heap.length && worse(heap[r]!, heap[w]!)) w = r;
      if (w === i) return;
      swap(i, w);
      i = w;
    }
  };
  let eligible = 0;
  for (const item of items) {
    const value = score(item);
    if (value < 0) continue;
    eligible += 1;
    if (k <= 0) continue;
    const entry = { item, score: value };
    if (heap.length < k) {
      heap.push(entry);
      for (let i = heap.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!worse(heap[i]!, heap[parent]!)) break;
        swap(i, parent);
        i = parent;
      }
    } else if (worse(heap[0]!, entry)) {
      heap[0] = entry;
      down(0);
    }
  }
  return { best: heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0)), eligible };
}
