import { Box, Button } from '@mui/material'
import { useQuery } from '@tanstack/react-query'
import { useUrlParams } from '@/shared/lib/useUrlParams'
import { ErrorState } from '@/shared/ui/ErrorState'
import { SelectField } from '@/shared/ui/SelectField'
import type { ModuleSummary } from '@/shared/contract/modules'
import { moduleQueries } from '@/shared/entities/modules'
import { LIST_KEYS, STATUS_OPTIONS } from '../lib/runListParams'

/** The module filter's choices: every module of the catalog (the same cached list the catalog shows), by name. */
const toModuleOptions = ({ items }: { items: ModuleSummary[] }) =>
  items
    .map((module) => ({ value: module.id, label: module.displayName ?? module.moduleName }))
    .sort((a, b) => a.label.localeCompare(b.label))

/** Status and module filters; both in the URL, and a change goes back to page 1. */
export function RunFilters() {
  const { get, update } = useUrlParams()
  const modules = useQuery({ ...moduleQueries.list(), select: toModuleOptions })
  const status = get(LIST_KEYS.status) ?? ''
  const moduleId = get(LIST_KEYS.module) ?? ''
  const moduleOptions = [{ value: '', label: 'Any module' }, ...(modules.data ?? [])]
  // A module named by a link but not (yet) in the options still shows as chosen.
  if (moduleId && !moduleOptions.some((option) => option.value === moduleId))
    moduleOptions.push({ value: moduleId, label: moduleId })
  const statusOptions = STATUS_OPTIONS.some((option) => option.value === status)
    ? STATUS_OPTIONS
    : [...STATUS_OPTIONS, { value: status, label: status }]
  return (
    <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center', mb: 2 }}>
      <SelectField
        label="Status"
        value={status}
        options={statusOptions}
        onChange={(value) => update({ [LIST_KEYS.status]: value })}
        minWidth={200}
      />
      <SelectField
        label="Module"
        value={moduleId}
        options={moduleOptions}
        onChange={(value) => update({ [LIST_KEYS.module]: value })}
        minWidth={240}
      />
      {(status || moduleId) && (
        <Button size="small" onClick={() => update({ [LIST_KEYS.status]: null, [LIST_KEYS.module]: null })}>
          Clear filters
        </Button>
      )}
      {modules.error && (
        // The runs still list; only the module choices are missing, and the user is told why.
        <Box sx={{ flexBasis: '100%' }}>
          <ErrorState
            error={modules.error}
            title="The module filter could not load its modules"
            onRetry={() => void modules.refetch()}
          />
        </Box>
      )}
    </Box>
  )
}
