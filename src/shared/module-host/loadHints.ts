/**
 * Hints that name the fix for the commonest ways a bundle built outside the template's settings fails (issue 14,
 * module-ui-contract §1 and §9): a global it reads that this page does not provide, a second React copy, and a bundle
 * that mounts itself into a `#root` like a standalone app.
 */

/** The externals a bundle may read from `window`, and what to change when one was read but not provided. */
const GLOBAL_FIXES: Record<string, string> = {
  antd: 'The bundle reads the global `antd`, which is provided only when declared: add `antd@5` to `ui.globals`.',
  icons: 'The bundle reads the global `icons`, which is provided only when declared: add `icons@6` to `ui.globals`.',
  antIcons:
    "The bundle reads `antIcons`, but the icons pack’s global is `icons`: set the external `'@ant-design/icons': 'icons'` and add `icons@6` to `ui.globals`.",
  AntDesignIcons:
    "The bundle reads `AntDesignIcons`, but the icons pack’s global is `icons`: set the external `'@ant-design/icons': 'icons'` and add `icons@6` to `ui.globals`.",
  '@ant-design/icons':
    "The bundle reads `@ant-design/icons` from window: set the external `'@ant-design/icons': 'icons'` and add `icons@6` to `ui.globals`.",
  react: "The bundle reads `react` from window: set the external `react: 'React'`.",
  'react-dom': "The bundle reads `react-dom` from window: set the external `'react-dom': 'ReactDOM'`.",
  ReactDOMClient:
    "The bundle reads `ReactDOMClient`, but react-dom/client is provided as `ReactDOM`: set the external `'react-dom/client': 'ReactDOM'`.",
  'react-dom/client': "The bundle reads `react-dom/client` from window: set the external `'react-dom/client': 'ReactDOM'`.",
  jsxRuntime:
    "The bundle reads `jsxRuntime`, but the JSX runtime is provided as `ReactJSXRuntime`: set the external `'react/jsx-runtime': 'ReactJSXRuntime'`.",
  ReactJsxRuntime:
    "The bundle reads `ReactJsxRuntime`, but the JSX runtime is provided as `ReactJSXRuntime` (capital JSX): set the external `'react/jsx-runtime': 'ReactJSXRuntime'`.",
  'react/jsx-runtime':
    "The bundle reads `react/jsx-runtime` from window: set the external `'react/jsx-runtime': 'ReactJSXRuntime'`.",
  React: 'The bundle reads the global `React`, which this page did not provide: report this to the console team.',
  ReactDOM: 'The bundle reads the global `ReactDOM`, which this page did not provide: report this to the console team.',
  ReactJSXRuntime:
    'The bundle reads the global `ReactJSXRuntime`, which this page did not provide: report this to the console team.',
}

/** The global names watched while a bundle evaluates (module-ui-contract §1's externals and their common misspellings). */
export const WATCHED_GLOBALS: readonly string[] = Object.keys(GLOBAL_FIXES)

export const REACT_COPY_HINT =
  "The bundle ships its own React: mark react, react-dom and react/jsx-runtime as externals (`react: 'React'`, `'react-dom': 'ReactDOM'`, `'react-dom/client': 'ReactDOM'`, `'react/jsx-runtime': 'ReactJSXRuntime'`)."

export const REMOVED_RENDER_HINT =
  'ReactDOM.render, hydrate, findDOMNode and unmountComponentAtNode were removed in React 19: export the component as `ModuleUI` and let the host mount it.'

export const ROOT_LOOKUP_HINT =
  'The bundle looks for `#root` to mount itself when it loads, like a standalone app. Module UIs are mounted by the host (the frame has no `#root`): export the component as `ModuleUI` and remove the self-mount.'

export const ROOT_RENDERED_HINT =
  'The bundle rendered itself into a `#root` of its own when it loaded, like a standalone app. Module UIs are mounted by the host: export the component as `ModuleUI` and remove the self-mount.'

/**
 * React 19's hooks with a second React copy: the copy's dispatcher is null ("Cannot read properties of null (reading
 * 'useState')", Firefox: "…useState… is null"), older copies say "Invalid hook call"; a React 18 JSX runtime makes
 * elements React 19 rejects; internals that React 19 renamed.
 */
// React 19's production builds say "Invalid hook call" as error #321: a webpack build of the golden example, with the
// real React bundled in, fails that way when the host mounts it (the hand-written imitation failed on a null dispatcher).
const SECOND_REACT =
  /[Ii]nvalid hook call|Minified React error #321\b|react\.dev\/errors\/321\b|reading '(use[A-Z]\w*)'|property "(use[A-Z]\w*)", \w+ is null|__SECRET_INTERNALS|__CLIENT_INTERNALS|ReactCurrentOwner|ReactCurrentDispatcher|object with keys \{\$\$typeof, type, key, ref, props, _owner\}/
const REMOVED_RENDER = /\.(render|hydrate|findDOMNode|unmountComponentAtNode) is not a function/

/** What the load of one bundle revealed: the watched globals it read while absent, and whether it went for `#root`. */
export type LoadObservations = { missingGlobals: readonly string[]; root: 'looked-up' | 'rendered' | null }

/** The hints for a failure's text and what was observed while the bundle loaded; the most specific first. */
export function hintsFor(text: string, observed?: LoadObservations): string[] {
  const hints: string[] = []
  for (const name of observed?.missingGlobals ?? []) {
    const fix = GLOBAL_FIXES[name]
    if (fix) hints.push(fix)
  }
  if (SECOND_REACT.test(text)) hints.push(REACT_COPY_HINT)
  if (REMOVED_RENDER.test(text)) hints.push(REMOVED_RENDER_HINT)
  if (observed?.root === 'rendered') hints.push(ROOT_RENDERED_HINT)
  if (observed?.root === 'looked-up') hints.push(ROOT_LOOKUP_HINT)
  return hints
}
