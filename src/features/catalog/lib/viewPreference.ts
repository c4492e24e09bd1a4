/**
 * Cards or table: a non-secret display preference, remembered in localStorage and carried in the URL (`view`) so a
 * shared link opens the same way. The URL wins; without it the remembered choice applies.
 */
export const CATALOG_VIEWS = ['cards', 'table'] as const
export type CatalogView = (typeof CATALOG_VIEWS)[number]

const STORAGE_KEY = 'hla-compass.catalog.view'

const isView = (value: string | null | undefined): value is CatalogView =>
  (CATALOG_VIEWS as readonly string[]).includes(value ?? '')

export function rememberedView(): CatalogView {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY)
    return isView(stored) ? stored : 'cards'
  } catch {
    // Storage may be blocked (privacy settings): the default then.
    return 'cards'
  }
}

export function rememberView(view: CatalogView): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, view)
  } catch {
    // Not remembered; the URL still carries it.
  }
}

/** The view to show: the URL's when valid, else the remembered one. */
export const catalogViewFrom = (urlValue: string | null | undefined): CatalogView =>
  isView(urlValue) ? urlValue : rememberedView()
