import { createTheme } from '@mui/material/styles'
import { components } from './components'
import { dark, light, typography } from './tokens'

/**
 * The console's one theme: light and dark schemes as CSS variables switched by a class on <html>, so the choice
 * (light, dark or follow-system, kept by MUI in localStorage) applies before first paint without a flash.
 */
export const theme = createTheme({
  cssVariables: { colorSchemeSelector: 'class' },
  colorSchemes: { light, dark },
  typography,
  shape: { borderRadius: 8 },
  components,
})

/** Where MUI keeps the colour-mode choice (also read by the e2e theme test). */
export const COLOR_MODE_STORAGE_KEY = 'hla-compass-color-mode'

// The theme is built with CSS variables: its type says so (theme.vars, generateStyleSheets, the provider's options).
declare module '@mui/material/styles' {
  interface CssThemeVariables {
    enabled: true
  }
}
