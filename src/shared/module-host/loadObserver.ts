import { WATCHED_GLOBALS, type LoadObservations } from './loadHints'

type Observer = { stop: () => LoadObservations }

/**
 * Watches a bundle while it evaluates (issue 14): every watched global that is absent gets a getter that records a read
 * (a UMD wrapper reads `root["antd"]` even when the script's own errors are hidden from us as "Script error."), and
 * `#root` lookups are recorded. `stop()` removes every trap (a later assignment, e.g. a pack, stays a plain value) and
 * reports what was seen. Only on the window of a frame or during the internal queue's one-at-a-time evaluation.
 */
export function observeLoad(win: Window & typeof globalThis): Observer {
  const target = win as unknown as Record<string, unknown>
  const doc = win.document
  const hadRoot = doc.getElementById('root') !== null
  const missing = new Set<string>()
  const trapped = WATCHED_GLOBALS.filter((name) => !(name in target))
  for (const name of trapped) {
    Object.defineProperty(target, name, {
      configurable: true,
      enumerable: false,
      get: () => {
        missing.add(name)
        return undefined
      },
      set: (value: unknown) => {
        Object.defineProperty(target, name, { configurable: true, enumerable: true, writable: true, value })
      },
    })
  }
  let lookedUp = false
  const getElementById = doc.getElementById
  const querySelector = doc.querySelector
  doc.getElementById = function (this: Document, id: string) {
    if (id === 'root') lookedUp = true
    return getElementById.call(this, id)
  }
  doc.querySelector = function (this: Document, selectors: string) {
    if (/^\s*#root\s*$/.test(selectors)) lookedUp = true
    return querySelector.call(this, selectors)
  } as Document['querySelector']
  return {
    stop: () => {
      for (const name of trapped) {
        const descriptor = Object.getOwnPropertyDescriptor(target, name)
        if (descriptor?.get) delete target[name]
      }
      delete (doc as Partial<Document>).getElementById
      delete (doc as Partial<Document>).querySelector
      const rendered = !hadRoot && doc.getElementById('root') !== null
      return { missingGlobals: [...missing], root: rendered ? 'rendered' : lookedUp ? 'looked-up' : null }
    },
  }
}
