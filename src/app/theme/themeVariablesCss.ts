/** What MUI's `theme.generateStyleSheets()` returns: selector → declarations, in cascade order. */
export type ThemeStyleSheets = readonly Record<string, Record<string, string | number>>[]

/** `colorScheme` → `color-scheme`; custom properties (`--mui-…`) are kept as they are. */
function propertyName(key: string): string {
  return key.startsWith('--') ? key : key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)
}

/** The theme's CSS variables as one style sheet's text: a flat list of rules, so no CSS-in-JS machinery is needed. */
export function themeVariablesCss(sheets: ThemeStyleSheets): string {
  return sheets
    .flatMap((sheet) =>
      Object.entries(sheet).map(([selector, declarations]) => {
        const body = Object.entries(declarations).map(([key, value]) => `${propertyName(key)}:${value};`)
        return `${selector}{${body.join('')}}`
      }),
    )
    .join('\n')
}
