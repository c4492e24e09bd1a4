import { useInsertionEffect } from 'react'
import { themeVariablesCss, type ThemeStyleSheets } from './themeVariablesCss'

const STYLE_ID = 'hla-theme-variables'

/**
 * Writes the theme's CSS variables (light and dark) into one <style> at the top of <head>, before anything renders.
 * MUI would otherwise build them through emotion on every page load — serialising, hashing and parsing ~24 kB of
 * declarations, ~20 ms of main thread on a 2-core machine (decision 014) — for a sheet that never changes. The
 * ThemeProvider beside it runs with `disableStyleSheetGeneration`.
 */
export function ThemeVariables({ sheets }: { sheets: () => ThemeStyleSheets }) {
  useInsertionEffect(() => {
    if (document.getElementById(STYLE_ID)) return
    const style = document.createElement('style')
    style.id = STYLE_ID
    style.textContent = themeVariablesCss(sheets())
    document.head.prepend(style)
  }, [sheets])
  return null
}
