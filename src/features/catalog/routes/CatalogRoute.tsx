import { Box, Button, Paper } from '@mui/material'
import { useQuery, type QueryClient } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { ShouldRevalidateFunction } from 'react-router'
import { formatCount } from '@/shared/lib/format'
import { useUrlParams } from '@/shared/lib/useUrlParams'
import { EmptyState } from '@/shared/ui/DataState'
import { PageHeader } from '@/shared/ui/PageHeader'
import { QueryState } from '@/shared/ui/QueryState'
import { catalogQueries } from '../api/catalogQueries'
import { CatalogFilters } from '../components/CatalogFilters'
import { ModuleCards } from '../components/ModuleCards'
import { ModuleTable } from '../components/ModuleTable'
import { ViewToggle } from '../components/ViewToggle'
import { CATALOG_FILTER_KEYS, catalogFiltersFrom, categoriesOf, filterModules, hasActiveFilters } from '../lib/catalogParams'
import { catalogViewFrom, rememberView, type CatalogView } from '../lib/viewPreference'
import { primeQuery } from '@/shared/api/primeQuery'

/** Starts the catalog request; a failure is shown by the page itself (with Retry), so the loader never throws. */
export const loader = (queryClient: QueryClient) => async () => {
  await primeQuery(queryClient, catalogQueries.list())
  return null
}

/** Filters, sort and view are applied in the browser: no loader run for them. */
export const shouldRevalidate: ShouldRevalidateFunction = ({ currentUrl, nextUrl, defaultShouldRevalidate }) =>
  currentUrl.pathname !== nextUrl.pathname && defaultShouldRevalidate

/** `/modules`: the catalog with search, filters, sort and a cards or table view, all in the URL. */
export function Component() {
  const { params, update } = useUrlParams()
  const filters = useMemo(() => catalogFiltersFrom(params), [params])
  const view = catalogViewFrom(params.get('view'))
  const catalog = useQuery(catalogQueries.list())
  const all = catalog.data?.items
  const modules = useMemo(() => (all ? filterModules(all, filters) : []), [all, filters])
  const categories = useMemo(() => categoriesOf(all ?? []), [all])
  const chooseView = (next: CatalogView) => {
    rememberView(next)
    update({ view: next }, { keepCursor: true, replace: true })
  }
  const filtered = hasActiveFilters(filters)

  return (
    <>
      <PageHeader
        title="Modules"
        subtitle={
          all
            ? filtered
              ? `${formatCount(modules.length)} of ${formatCount(all.length)} modules match`
              : `${formatCount(all.length)} modules available to your organization`
            : 'Analysis modules your organization may run'
        }
        actions={<ViewToggle view={view} onChange={chooseView} />}
      />
      <CatalogFilters filters={filters} categories={categories} />
      <QueryState
        query={catalog}
        loading="Loading modules"
        what="The modules"
        isEmpty={() => modules.length === 0}
        empty={
          all?.length === 0 ? (
            <EmptyState title="No modules yet">
              No module has been granted to your organization. An organization admin can grant modules in the organization
              settings.
            </EmptyState>
          ) : (
            <EmptyState title="No module matches">
              <Box component="span" sx={{ display: 'block', mb: 1 }}>
                Change the search or the filters.
              </Box>
              <Button size="small" onClick={() => update(Object.fromEntries(CATALOG_FILTER_KEYS.map((key) => [key, null])))}>
                Clear filters
              </Button>
            </EmptyState>
          )
        }
      >
        {() =>
          view === 'table' ? (
            <Paper>
              <ModuleTable modules={modules} />
            </Paper>
          ) : (
            <ModuleCards modules={modules} />
          )
        }
      </QueryState>
    </>
  )
}
