import { theme } from './theme'
import { themeVariablesCss } from './themeVariablesCss'

describe('theme variables', () => {
  it('writes rules in order, kebab-casing properties and keeping custom properties', () => {
    expect(
      themeVariablesCss([
        { ':root': { '--mui-spacing': '8px' } },
        { ':root, .light': { colorScheme: 'light', '--mui-palette-primary-main': '#1f5fa8' } },
        { '.dark': { colorScheme: 'dark', '--mui-zIndex-modal': 1300 } },
      ]),
    ).toBe(
      ':root{--mui-spacing:8px;}\n:root, .light{color-scheme:light;--mui-palette-primary-main:#1f5fa8;}\n.dark{color-scheme:dark;--mui-zIndex-modal:1300;}',
    )
  })

  // The console ships the theme's variables as a static sheet, so no page load builds them (decision 014). When the
  // theme changes, this fails until the sheet is written again: `npx vitest run src/app/theme -u`.
  it('ships as the static sheet the theme generates, light and dark', async () => {
    const css = themeVariablesCss(theme.generateStyleSheets())
    expect(css).toContain('.dark{color-scheme:dark;')
    expect(css).toContain(`--mui-palette-primary-main:${theme.colorSchemes.light!.palette.primary.main};`)
    await expect(
      `/* Generated from theme.ts by themeVariablesCss.test.ts (vitest -u): do not edit. */\n${css}\n`,
    ).toMatchFileSnapshot('./themeVariables.css')
  })
})
