/** A small seeded PRNG (mulberry32): the same seed gives the same demo data, everywhere, every time. */
export type Rng = {
  next: () => number
  int: (min: number, max: number) => number
  pick: <T>(items: readonly T[]) => T
  chance: (probability: number) => boolean
  hex: (length: number) => string
}

const HEX = '0123456789abcdef'

export function createRng(seed: number): Rng {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  return {
    next,
    int,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (probability) => next() < probability,
    // A plain loop: the demo backend makes thousands of digests per answer in the page's main thread, and building an
    // array per digest to join it was ~14 ms of a comparison of ten runs. Same draws, same digits.
    hex: (length) => {
      let digits = ''
      for (let i = 0; i < length; i++) digits += HEX[Math.floor(next() * 16)]
      return digits
    },
  }
}

/** A stable seed for a string id, so per-entity data can be generated on demand from its index or id. */
export function seedOf(text: string): number {
  let hash = 2166136261
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619)
  return hash >>> 0
}
