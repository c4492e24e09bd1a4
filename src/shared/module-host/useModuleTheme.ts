import { alpha, useColorScheme, useTheme, type Palette } from '@mui/material/styles'
import { useMemo } from 'react'
import { themeVarsOf, type PaletteLike } from './themeVars'
import type { ModuleTheme, ThemeMode } from './types'

/** High contrast (§8) from the dark scheme: white text and borders on black. */
const highContrast = (palette: PaletteLike): PaletteLike => ({
  ...palette,
  text: { primary: '#ffffff', secondary: '#ffffff' },
  background: { default: '#000000', paper: '#000000' },
  divider: '#ffffff',
})

/**
 * The console's current theme as the contract's mode and concrete CSS variable values (§8). `override` is the
 * developer harness's theme mode field: that mode's values, whatever the console shows.
 */
export function useModuleTheme(override?: ThemeMode): ModuleTheme {
  const theme = useTheme()
  const { mode, systemMode } = useColorScheme()
  const consoleMode: 'light' | 'dark' = (mode === 'system' ? systemMode : mode) === 'dark' ? 'dark' : 'light'
  const resolved: ThemeMode = override ?? consoleMode
  return useMemo(() => {
    const schemes = (theme as { colorSchemes?: Partial<Record<'light' | 'dark', { palette: Palette }>> }).colorSchemes
    const scheme = resolved === 'light' ? 'light' : 'dark'
    const palette: PaletteLike = schemes?.[scheme]?.palette ?? theme.palette
    const fontFamily = String(theme.typography.fontFamily ?? 'system-ui, sans-serif')
    const radius = typeof theme.shape.borderRadius === 'number' ? theme.shape.borderRadius : 8
    const effective = resolved === 'high-contrast' ? highContrast(palette) : palette
    return { mode: resolved, vars: themeVarsOf(effective, fontFamily, radius, alpha) }
  }, [theme, resolved])
}
