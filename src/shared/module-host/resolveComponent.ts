import type { ComponentType } from 'react'
import { ModuleError } from './moduleError'

const REACT_OBJECT_TYPES = new Set(['react.memo', 'react.forward_ref', 'react.lazy'].map((name) => Symbol.for(name)))

/** A function or class component, or a memo/forwardRef/lazy object; anything else is MODULE_CONTRACT_INVALID (§1). */
export function isComponent(value: unknown): value is ComponentType<Record<string, unknown>> {
  if (typeof value === 'function') return true
  const type = (value as { $$typeof?: unknown } | null)?.$$typeof
  return typeof value === 'object' && value !== null && typeof type === 'symbol' && REACT_OBJECT_TYPES.has(type)
}

function describe(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? typeof value
  const keys = Object.keys(value).slice(0, 8)
  return keys.length ? `an object with the keys ${keys.join(', ')}` : 'an empty object'
}

/** `window.ModuleUI?.default ?? window.ModuleUI`, then the component check. */
export function resolveModuleUi(global: unknown): ComponentType<Record<string, unknown>> {
  if (global === undefined || global === null)
    throw new ModuleError('MODULE_CONTRACT_INVALID', 'The bundle ran but did not define the ModuleUI global.', undefined, [
      "Build it as a UMD library named ModuleUI: `output.library: { name: 'ModuleUI', type: 'umd', export: 'default' }`.",
    ])
  const candidate = (global as { default?: unknown }).default ?? global
  if (!isComponent(candidate))
    throw new ModuleError(
      'MODULE_CONTRACT_INVALID',
      `ModuleUI is not a React component: it is ${describe(candidate)}.`,
      undefined,
      [
        "Export the component as the default export (`export default function MyModule(props) { … }`), with `library.export: 'default'`.",
      ],
    )
  return candidate
}
