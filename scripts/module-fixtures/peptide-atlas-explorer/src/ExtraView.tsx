// A sibling chunk (extra-view.chunk.js) that is NOT listed in ui.assets: the frame's script policy must refuse it, so
// this flag is never set in a mounted frame.
;(self as { __unlistedChunkRan?: boolean }).__unlistedChunkRan = true

export default function ExtraView() {
  return null
}
