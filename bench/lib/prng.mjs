// A seeded PRNG (sfc32, the same family the peers baseline uses), so the
// generator writes byte-identical metadata for the same seed on any machine:
// only 32-bit integer arithmetic, no Math.random, no floating-point libm calls.

/**
 * A random source seeded with a 32-bit integer.
 * @param {number} seed
 */
export function createRandom(seed) {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return t >>> 0;
  };
  // Mix the seed in before the first draw.
  for (let i = 0; i < 15; i++) next();

  const random = {
    /** A uniform integer in 0..n-1. */
    int: (n) => next() % n,
    /** An integer in lo..hi, both included. */
    range: (lo, hi) => lo + (next() % (hi - lo + 1)),
    /** True with probability percent/100. */
    chance: (percent) => next() % 100 < percent,
    /** One item of a list. */
    pick: (items) => items[next() % items.length],
    /**
     * One item of a list, skewed towards the front (Zipf-like: item i has
     * weight 1/(i+1)), so some words are common and most are rare.
     */
    zipf: (items) => {
      const weights = zipfWeights(items.length);
      let r = next() % weights.total;
      for (let i = 0; i < items.length; i++) {
        r -= weights.each[i];
        if (r < 0) return items[i];
      }
      return items[items.length - 1];
    },
    /** Up to `count` distinct items of a list, in list order. */
    some: (items, count) => {
      const chosen = new Set();
      while (chosen.size < Math.min(count, items.length)) chosen.add(next() % items.length);
      return [...chosen].sort((x, y) => x - y).map((i) => items[i]);
    },
  };
  return random;
}

const zipfCache = new Map();

/** Integer weights ~ 1/(i+1), scaled so they stay exact. */
function zipfWeights(n) {
  let w = zipfCache.get(n);
  if (!w) {
    const each = Array.from({ length: n }, (_, i) => Math.floor(720720 / (i + 1)));
    w = { each, total: each.reduce((s, x) => s + x, 0) };
    zipfCache.set(n, w);
  }
  return w;
}
