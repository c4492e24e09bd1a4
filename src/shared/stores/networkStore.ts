import { create } from 'zustand'

/** Transient network conditions the shell shows: a 429 countdown (api-contract §2.4). */
type NetworkState = {
  rateLimitedUntil: number | null
  actions: { rateLimited: (until: number) => void; rateLimitEnded: () => void }
}

const useNetworkStore = create<NetworkState>()((set) => ({
  rateLimitedUntil: null,
  actions: {
    rateLimited: (until) => set((s) => ({ rateLimitedUntil: Math.max(until, s.rateLimitedUntil ?? 0) })),
    rateLimitEnded: () => set({ rateLimitedUntil: null }),
  },
}))

export const useRateLimitedUntil = () => useNetworkStore((s) => s.rateLimitedUntil)
export const networkActions = () => useNetworkStore.getState().actions
