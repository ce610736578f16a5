/**
 * A small seeded pseudo-random generator (mulberry32): the same seed gives the same sequence,
 * so sampled betweenness and generated test graphs are reproducible.
 */

/** A function returning numbers in [0, 1), reproducible from `seed`. */
export type Random = () => number;

/** Creates a generator from a 32-bit integer seed. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [0, n). */
export function randomInt(random: Random, n: number): number {
  return Math.floor(random() * n);
}

/** `count` distinct integers from [0, n), in random order (partial Fisher–Yates). */
export function sampleIndices(random: Random, n: number, count: number): number[] {
  const pool = Array.from({ length: n }, (_, i) => i);
  const size = Math.min(count, n);
  for (let i = 0; i < size; i += 1) {
    const j = i + randomInt(random, n - i);
    const a = pool[i] ?? i;
    pool[i] = pool[j] ?? j;
    pool[j] = a;
  }
  return pool.slice(0, size);
}
