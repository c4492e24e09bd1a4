/**
 * Where the frame page is served: `VITE_MODULE_FRAME_ORIGIN` (a separate origin, §3), or, on a local demo, the other
 * loopback name (127.0.0.1 ↔ localhost). That is another site, so the browser runs the frame in its own process and a
 * module that spins the CPU cannot freeze the console; the sandbox keeps the frame's origin opaque either way.
 */
export function frameOrigin(): string {
  const configured = import.meta.env.VITE_MODULE_FRAME_ORIGIN as string | undefined
  if (configured) return configured.replace(/\/+$/, '')
  const { protocol, hostname, port, origin } = window.location
  const other = hostname === '127.0.0.1' ? 'localhost' : hostname === 'localhost' ? '127.0.0.1' : null
  return other ? `${protocol}//${other}${port ? `:${port}` : ''}` : origin
}

/** The frame page: a separate build entry of the console (module-frame/v1.html). The harness asks for its dev CSP. */
export const frameUrl = (dev: boolean) =>
  new URL(`${import.meta.env.BASE_URL}module-frame/v1.html${dev ? '?dev=1' : ''}`, frameOrigin()).href

/** A bundle or asset URL made absolute against the console's origin. */
export const absolute = (url: string) => new URL(url, window.location.origin).href
export const assetUrl = (bundleUrl: string, path: string) => new URL(path, absolute(bundleUrl)).href
