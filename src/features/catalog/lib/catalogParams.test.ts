import type { ModuleSummary } from '@/shared/contract/modules'
import { catalogFiltersFrom, categoriesOf, categoryLabel, filterModules, hasActiveFilters } from './catalogParams'

const mod = (id: string, extra: Partial<ModuleSummary> = {}): ModuleSummary => ({
  id,
  moduleName: id,
  currentVersion: '1.0.0',
  ...extra,
})

const MODULES = [
  mod('qc', {
    displayName: 'Peptide Length QC',
    type: 'no-ui',
    category: 'quality-control',
    trustTier: 'internal',
    status: 'ACTIVE',
    tags: ['qc'],
    updatedAt: '2026-01-01T00:00:00Z',
  }),
  mod('report', {
    displayName: 'Immunopeptidome Report',
    type: 'with-ui',
    category: 'reporting',
    trustTier: 'internal',
    status: 'SUBMITTED',
    author: { name: 'Priya Raman' },
    updatedAt: '2026-03-01T00:00:00Z',
  }),
  mod('ranker', {
    displayName: 'Neoantigen Ranker',
    type: 'with-ui',
    category: 'binding-prediction',
    trustTier: 'community',
    status: 'VALIDATING',
    description: 'Ranks candidates <img src=x>',
  }),
  mod('bare'),
]
const ids = (list: ModuleSummary[]) => list.map((m) => m.id)
const params = (text: string) => catalogFiltersFrom(new URLSearchParams(text))

describe('catalogFiltersFrom', () => {
  it('reads every filter and the sort from the URL', () => {
    expect(params('q=%20neo%20&type=with-ui&category=reporting&tier=community&status=REJECTED&sort=updated')).toEqual({
      q: 'neo',
      type: 'with-ui',
      category: 'reporting',
      tier: 'community',
      status: 'REJECTED',
      sort: 'updated',
    })
  })

  it('drops unknown values and defaults the sort to name', () => {
    expect(params('type=gui&tier=gold&status=approved&sort=price')).toEqual({ sort: 'name' })
    expect(hasActiveFilters(params('sort=updated'))).toBe(false)
    expect(hasActiveFilters(params('tier=internal'))).toBe(true)
  })
})

describe('filterModules', () => {
  it('sorts by display name, falling back to the module name', () => {
    expect(ids(filterModules(MODULES, params('')))).toEqual(['bare', 'report', 'ranker', 'qc'])
  })

  it('filters by type, category, trust tier and status together', () => {
    expect(ids(filterModules(MODULES, params('type=with-ui')))).toEqual(['report', 'ranker'])
    expect(ids(filterModules(MODULES, params('type=with-ui&tier=internal')))).toEqual(['report'])
    expect(ids(filterModules(MODULES, params('category=quality-control')))).toEqual(['qc'])
    expect(ids(filterModules(MODULES, params('status=VALIDATING')))).toEqual(['ranker'])
  })

  it('searches every word across names, description, tags and author', () => {
    expect(ids(filterModules(MODULES, params('q=peptid')))).toEqual(['report', 'qc'])
    expect(ids(filterModules(MODULES, params('q=priya report')))).toEqual(['report'])
    expect(ids(filterModules(MODULES, params('q=<img')))).toEqual(['ranker'])
    expect(ids(filterModules(MODULES, params('q=QC')))).toEqual(['qc'])
  })

  it('sorts by last update (newest first, undated last) and by category', () => {
    expect(ids(filterModules(MODULES, params('sort=updated')))).toEqual(['report', 'qc', 'bare', 'ranker'])
    expect(ids(filterModules(MODULES, params('sort=category')))).toEqual(['ranker', 'qc', 'report', 'bare'])
  })
})

describe('categories', () => {
  it('lists the distinct categories and labels them', () => {
    expect(categoriesOf(MODULES)).toEqual(['binding-prediction', 'quality-control', 'reporting'])
    expect(categoryLabel('binding-prediction')).toBe('Binding prediction')
    expect(categoryLabel('hla-typing')).toBe('HLA typing')
    expect(categoryLabel('peptide_ms-qc')).toBe('Peptide MS QC')
  })
})
