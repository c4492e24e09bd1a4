import { diffLines } from './lineDiff'

export type LineDiffRequest = { id: number; left: string[]; right: string[] }

// Diffing two 1,000-line files can take longer than a frame: it runs here, off the main thread (issue 18).
self.onmessage = ({ data }: MessageEvent<LineDiffRequest>) => {
  self.postMessage({ id: data.id, diff: diffLines(data.left, data.right) })
}
