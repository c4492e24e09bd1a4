import { catalogViewFrom, rememberView } from './viewPreference'

afterEach(() => localStorage.clear())

describe('catalog view preference', () => {
  it('shows cards by default, then whatever was chosen last', () => {
    expect(catalogViewFrom(null)).toBe('cards')
    rememberView('table')
    expect(catalogViewFrom(null)).toBe('table')
  })

  it('lets the URL win over the remembered choice and ignores unknown URL values', () => {
    rememberView('table')
    expect(catalogViewFrom('cards')).toBe('cards')
    expect(catalogViewFrom('grid')).toBe('table')
  })
})
