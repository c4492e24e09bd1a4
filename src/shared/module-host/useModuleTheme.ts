import { alpha, useColorScheme, useTheme, type Palette } from '@mui/material/styles'
import { useMemo } from 'react'
import { themeVarsOf } from './themeVars'
import type { ThemeMode } from './types'

/** The console's current theme as the contract's mode and concrete CSS variable values (§8). */
export function useModuleTheme(): { mode: ThemeMode; vars: Record<string, string> } {
  const theme = useTheme()
  const { mode, systemMode } = useColorScheme()
  const resolved: 'light' | 'dark' = (mode === 'system' ? systemMode : mode) === 'dark' ? 'dark' : 'light'
  return useMemo(() => {
    const schemes = (theme as { colorSchemes?: Partial<Record<'light' | 'dark', { palette: Palette }>> }).colorSchemes
    const palette = schemes?.[resolved]?.palette ?? theme.palette
    const fontFamily = String(theme.typography.fontFamily ?? 'system-ui, sans-serif')
    const radius = typeof theme.shape.borderRadius === 'number' ? theme.shape.borderRadius : 8
    return { mode: resolved, vars: themeVarsOf(palette, fontFamily, radius, alpha) }
  }, [theme, resolved])
}
