import * as React from 'react'
import * as ReactDOM from 'react-dom'
import * as ReactDOMClient from 'react-dom/client'
import * as ReactJSXRuntime from 'react/jsx-runtime'

/**
 * The globals every bundle may rely on (§1): the console's React 19, ReactDOM merged with react-dom/client
 * (createRoot, hydrateRoot) and the JSX runtime. No `module`, `exports`, `define` or `require` exist on this page.
 */
export function installRuntimeGlobals(): void {
  const target = window as unknown as Record<string, unknown>
  target.React = React
  target.ReactDOM = { ...ReactDOM, ...ReactDOMClient }
  target.ReactJSXRuntime = ReactJSXRuntime
}
