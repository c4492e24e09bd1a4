/**
 * An opaque origin has no storage and no cookies: reading them throws a SecurityError, often while a bundle loads.
 * Before any bundle runs, the frame puts in-memory, non-persistent stand-ins in their place (module-ui-contract §9).
 */
class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>()
  get length() {
    return this.items.size
  }
  clear() {
    this.items.clear()
  }
  getItem(key: string) {
    return this.items.get(String(key)) ?? null
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null
  }
  removeItem(key: string) {
    this.items.delete(String(key))
  }
  setItem(key: string, value: string) {
    this.items.set(String(key), String(value))
  }
}

function define(target: object, name: string, descriptor: PropertyDescriptor): void {
  try {
    Object.defineProperty(target, name, { configurable: true, ...descriptor })
  } catch {
    // Left as the browser made it; the bundle then meets the SecurityError it would meet anyway.
  }
}

export function installStorageShims(): void {
  for (const name of ['localStorage', 'sessionStorage']) {
    let works: boolean
    try {
      works = !!(window as unknown as Record<string, Storage>)[name]
    } catch {
      works = false
    }
    if (!works) define(window, name, { value: new MemoryStorage() })
  }
  let cookies = ''
  try {
    cookies = document.cookie
    document.cookie = ''
  } catch {
    define(document, 'cookie', { get: () => cookies, set: (value: string) => void (cookies = String(value).split(';')[0] ?? '') })
  }
}
