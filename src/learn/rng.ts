/** Deterministic PRNG (mulberry32) so training is reproducible: a function returning floats in [0, 1). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher-Yates shuffle in place, drawing from `rand`. */
export function shuffle<T>(a: T[], rand: () => number): T[] {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

/**
 * The training loop of every model: `epochs` passes over `items`, shuffled in place before each pass with
 * `rand` (so a fixed seed gives a fixed run); `step` learns from one item; `done` hears the end of each epoch.
 */
export function trainEpochs<T>(items: T[], epochs: number, rand: () => number, step: (item: T, epoch: number) => void, done?: (epoch: number) => void): void {
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffle(items, rand);
    for (const it of items) step(it, epoch);
    done?.(epoch);
  }
}
