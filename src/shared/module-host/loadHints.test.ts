import { hintsFor, REACT_COPY_HINT, REMOVED_RENDER_HINT, ROOT_LOOKUP_HINT, ROOT_RENDERED_HINT } from './loadHints'
import { looksLikeJavaScript } from './bundleProbe'

describe('hints that name the fix (issue 14)', () => {
  it.each([
    "Cannot read properties of null (reading 'useState')",
    "Cannot read properties of null (reading 'useEffect')",
    'can\'t access property "useState", dispatcher is null',
    'Invalid hook call. Hooks can only be called inside of the body of a function component.',
    'Minified React error #321; visit https://react.dev/errors/321 for the full message or use the non-minified dev environment for full errors and additional helpful warnings.',
    "Cannot read properties of undefined (reading 'ReactCurrentOwner')",
    'Objects are not valid as a React child (found: object with keys {$$typeof, type, key, ref, props, _owner})',
  ])('recognises a second React copy in "%s"', (message) => {
    expect(hintsFor(message)).toEqual([REACT_COPY_HINT])
  })

  it('names the ui.globals entry for each missing global that was read, and the right global for a misspelt one', () => {
    const hints = hintsFor("Cannot read properties of undefined (reading 'Typography')", {
      missingGlobals: ['antd', 'icons', 'antIcons'],
      root: null,
    })
    expect(hints[0]).toMatch(/add `antd@5` to `ui.globals`/)
    expect(hints[1]).toMatch(/add `icons@6` to `ui.globals`/)
    expect(hints[2]).toMatch(/the icons pack’s global is `icons`/)
    expect(hints).toHaveLength(3)
  })

  it('says when a bundle mounted itself into #root, and when it looked for one', () => {
    expect(hintsFor('', { missingGlobals: [], root: 'rendered' })).toEqual([ROOT_RENDERED_HINT])
    expect(hintsFor('', { missingGlobals: [], root: 'looked-up' })).toEqual([ROOT_LOOKUP_HINT])
  })

  it('points removed React APIs at the host mount, and stays silent for unrelated errors', () => {
    expect(hintsFor('ReactDOM.render is not a function')).toEqual([REMOVED_RENDER_HINT])
    expect(hintsFor("Cannot read properties of undefined (reading 'map')")).toEqual([])
    expect(hintsFor('Minified React error #3210; visit https://react.dev/errors/3210')).toEqual([])
  })
})

describe('what counts as JavaScript', () => {
  const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer
  it('refuses HTML, JSON and a body that starts with <; accepts scripts served as JS or text', () => {
    expect(looksLikeJavaScript('text/html; charset=utf-8', bytes('<!doctype html>'))).toBe(false)
    expect(looksLikeJavaScript('application/json', bytes('{}'))).toBe(false)
    expect(looksLikeJavaScript('application/octet-stream', bytes('  <html>'))).toBe(false)
    expect(looksLikeJavaScript('text/javascript', bytes('self.ModuleUI = 1'))).toBe(true)
    expect(looksLikeJavaScript('text/plain', bytes('self.ModuleUI = 1'))).toBe(true)
  })
})
