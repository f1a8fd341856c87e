// Order statistics for benchmark samples (nearest rank, no interpolation, so
// every figure printed is a time that was really measured).

/** The q-quantile (0..1) of the samples, by nearest rank; NaN when empty. */
export function quantile(samples, q) {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1];
}

/** The median (lower median for an even count). */
export const median = (samples) => quantile(samples, 0.5);
