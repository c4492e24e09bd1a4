import { create } from 'zustand'

/** One transient notice at a time, e.g. a background refresh that failed while data stays on screen. */
type NoticeState = {
  notice: { id: number; message: string } | null
  actions: { noticeShown: (message: string) => void; noticeDismissed: () => void }
}

let sequence = 0
const useNoticeStore = create<NoticeState>()((set) => ({
  notice: null,
  actions: {
    noticeShown: (message) => set({ notice: { id: ++sequence, message } }),
    noticeDismissed: () => set({ notice: null }),
  },
}))

export const useNotice = () => useNoticeStore((s) => s.notice)
export const useNoticeActions = () => useNoticeStore((s) => s.actions)
export const noticeActions = () => useNoticeStore.getState().actions
