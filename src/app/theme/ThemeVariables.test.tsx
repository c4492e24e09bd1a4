import { render } from '@testing-library/react'
import { createMemoryRouter } from 'react-router'
import { AppProviders } from '../App'
import { createQueryClient } from '../queryClient'
import { theme } from './theme'
import { themeVariablesCss } from './themeVariablesCss'

const declaring = (name: string) =>
  [...document.querySelectorAll('style')].filter((style) => style.textContent?.includes(`${name}:`))

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

  it('are declared once, light and dark, by the console rather than by the theme provider', () => {
    const router = createMemoryRouter([{ path: '/', element: <p>page</p> }])
    const view = render(<AppProviders queryClient={createQueryClient()} router={router} />)
    const sheets = declaring('--mui-palette-primary-main')
    expect(sheets).toHaveLength(1)
    expect(sheets[0]!.textContent).toContain('.dark{color-scheme:dark;')
    expect(sheets[0]!.textContent).toContain(`--mui-palette-primary-main:${theme.colorSchemes.light!.palette.primary.main};`)
    // A second mount (the next test, a remount) finds it in place.
    view.unmount()
    render(<AppProviders queryClient={createQueryClient()} router={router} />)
    expect(declaring('--mui-palette-primary-main')).toHaveLength(1)
  })
})
