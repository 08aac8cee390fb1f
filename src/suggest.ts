// "Did you mean": the known name closest to a misspelt one (a rule id in the configuration file),
// by optimal-string-alignment distance (Levenshtein plus a swap of two neighbours). Names are short
// and the list small, so the work is bounded by MAX_INPUT × the longest name × the list.

/** Longer input is no misspelling of a rule id: no suggestion, and no quadratic work on it. */
const MAX_INPUT = 64;

/**
 * The candidate closest to `input` (case-insensitive), when close enough to be the same word
 * mistyped: at most 1 edit for names under 10 characters, 2 under 15, 3 beyond. Ties go to the
 * first candidate, so the answer is deterministic.
 */
export function closest(input: string, candidates: readonly string[]): string | undefined {
  if (input.length === 0 || input.length > MAX_INPUT) return undefined;
  const a = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const limit = c.length < 10 ? 1 : c.length < 15 ? 2 : 3;
    if (Math.abs(c.length - a.length) > limit) continue;
    const d = distance(a, c.toLowerCase());
    if (d <= limit && d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** `; did you mean 'x'?` for an error message, or '' when nothing is close. */
export function didYouMean(input: string, candidates: readonly string[]): string {
  const c = closest(input, candidates);
  return c === undefined ? '' : `; did you mean '${c}'?`;
}

/** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
export function distance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[(i - 2) * cols + j - 2]! + 1);
      d[i * cols + j] = v;
    }
  }
  return d[rows * cols - 1]!;
}
