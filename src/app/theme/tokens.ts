import type { ColorSystemOptions } from '@mui/material/styles'

/** Palette tokens of both colour schemes (style guide §7: one theme place). */
export const light: ColorSystemOptions = {
  palette: {
    primary: { main: '#1f5fa8' },
    secondary: { main: '#7a3db8' },
    info: { main: '#0a5e99' },
    success: { main: '#2e7d32' },
    warning: { main: '#a15c00' },
    error: { main: '#c62828' },
    background: { default: '#f5f7fa', paper: '#ffffff' },
  },
}

export const dark: ColorSystemOptions = {
  palette: {
    primary: { main: '#8ab8f0' },
    secondary: { main: '#c9a2f0' },
    info: { main: '#81c7f5' },
    success: { main: '#81c784' },
    warning: { main: '#ffb74d' },
    error: { main: '#ef9a9a' },
    background: { default: '#0f1419', paper: '#161c24' },
  },
}

export const typography = {
  fontFamily: '"Inter", "Segoe UI", system-ui, -apple-system, Roboto, sans-serif',
  h1: { fontSize: '1.6rem', fontWeight: 600 },
  h2: { fontSize: '1.3rem', fontWeight: 600 },
  h3: { fontSize: '1.1rem', fontWeight: 600 },
  button: { textTransform: 'none' as const, fontWeight: 600 },
}
