import type { ThemeMode } from './types'

/** The CSS variables of module-ui-contract §8; any other name is ignored when applied. */
export const THEME_VARIABLES = [
  '--ant-color-primary',
  '--ant-primary-color',
  '--color-primary',
  '--ant-color-primary-hover',
  '--ant-primary-color-hover',
  '--ant-color-primary-active',
  '--ant-primary-color-active',
  '--ant-color-primary-bg',
  '--ant-color-text',
  '--ant-color-text-base',
  '--color-text',
  '--ant-color-text-secondary',
  '--ant-color-bg-base',
  '--color-background',
  '--ant-color-bg-container',
  '--ant-color-bg-elevated',
  '--ant-color-border',
  '--color-border',
  '--ant-color-border-secondary',
  '--font-sans',
  '--radius-md',
] as const

/** The parts of a MUI palette the variables come from (concrete colours, never `var(--mui-…)`). */
export type PaletteLike = {
  primary: { main: string; light: string; dark: string }
  text: { primary: string; secondary: string }
  background: { default: string; paper: string }
  divider: string
  action: { selectedOpacity: number }
}

export function themeVarsOf(
  palette: PaletteLike,
  fontFamily: string,
  borderRadius: number,
  alpha: (color: string, opacity: number) => string,
): Record<string, string> {
  const { primary, text, background, divider } = palette
  return {
    '--ant-color-primary': primary.main,
    '--ant-primary-color': primary.main,
    '--color-primary': primary.main,
    '--ant-color-primary-hover': primary.light,
    '--ant-primary-color-hover': primary.light,
    '--ant-color-primary-active': primary.dark,
    '--ant-primary-color-active': primary.dark,
    '--ant-color-primary-bg': alpha(primary.main, palette.action.selectedOpacity),
    '--ant-color-text': text.primary,
    '--ant-color-text-base': text.primary,
    '--color-text': text.primary,
    '--ant-color-text-secondary': text.secondary,
    '--ant-color-bg-base': background.default,
    '--color-background': background.default,
    '--ant-color-bg-container': background.paper,
    '--ant-color-bg-elevated': background.paper,
    '--ant-color-border': divider,
    '--color-border': divider,
    '--ant-color-border-secondary': alpha(divider, 0.5),
    '--font-sans': fontFamily,
    '--radius-md': `${borderRadius}px`,
  }
}

const BODY_CLASSES = { light: 'light-theme', dark: 'dark-theme', 'high-contrast': 'high-contrast-theme' } as const

/**
 * Applies a theme to a document as §8 orders: allowed variables inline on <html>, exactly one body class, `color-scheme`,
 * then a `theme-change` event on the window. The frame runtime runs this on init and on every theme message; the
 * internal host on every console theme change (`setBodyClass: false` there, the console owns its body).
 */
export function applyThemeToDocument(
  doc: Document,
  mode: ThemeMode,
  vars: Record<string, string>,
  options: { setBodyClass?: boolean } = {},
): void {
  const root = doc.documentElement
  for (const name of THEME_VARIABLES) {
    const value = vars[name]
    if (typeof value === 'string' && value && !value.includes('var(')) root.style.setProperty(name, value)
  }
  if (options.setBodyClass !== false) {
    doc.body.classList.remove(...Object.values(BODY_CLASSES))
    doc.body.classList.add(BODY_CLASSES[mode])
    root.style.colorScheme = mode === 'light' ? 'light' : 'dark'
  }
  doc.defaultView?.dispatchEvent(new CustomEvent('theme-change', { detail: { mode } }))
}
