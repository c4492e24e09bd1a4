import { Box, Typography } from '@mui/material'
import type { Module } from '@/shared/contract/modules'
import { formatDuration } from '@/shared/lib/format'
import { SectionCard } from '@/shared/ui/SectionCard'
import { FactList } from '../FactList'

const none = (text: string) => (
  <Typography component="span" variant="body2" color="textSecondary">
    {text}
  </Typography>
)

function CodeList({ items, empty }: { items: string[] | undefined; empty: string }) {
  if (!items?.length) return none(empty)
  return (
    <Box component="ul" sx={{ m: 0, pl: 2 }}>
      {items.map((item) => (
        <li key={item}>
          <code>{item}</code>
        </li>
      ))}
    </Box>
  )
}

/** What the module may reach (manifest `permissions`): data sets, database, network, storage. */
export function PermissionsCard({ permissions }: { permissions: Module['permissions'] }) {
  return (
    <SectionCard title="Permissions">
      {!permissions ? (
        none('The manifest declares no permissions.')
      ) : (
        <FactList
          columns="14rem"
          facts={[
            { term: 'Data sets', value: <CodeList items={permissions.data_access} empty="No data sets" /> },
            { term: 'Network', value: <CodeList items={permissions.network} empty="No network access" /> },
            {
              term: 'Storage',
              value: permissions.storage ? 'Reads and writes its own run storage' : none('No storage access'),
            },
            {
              term: 'Database',
              value: permissions.database?.length ? permissions.database.join(', ') : none('No database access'),
            },
          ]}
        />
      )}
    </SectionCard>
  )
}

const withUnit = (value: string | number | boolean | undefined, unit: string) =>
  value === undefined ? '—' : typeof value === 'number' ? `${value.toLocaleString()} ${unit}` : String(value)

/** What one run asks for (manifest `resources`): memory in MB, timeout in seconds, vCPUs, GPUs. */
export function ResourcesCard({ resources }: { resources: Module['resources'] }) {
  return (
    <SectionCard title="Resources">
      {!resources ? (
        none('The manifest declares no resources; the platform defaults apply.')
      ) : (
        <FactList
          columns="9rem"
          facts={[
            { term: 'Memory', value: withUnit(resources.memory, 'MB') },
            {
              term: 'Timeout',
              value:
                typeof resources.timeout === 'number'
                  ? formatDuration(resources.timeout * 1000)
                  : withUnit(resources.timeout, ''),
            },
            { term: 'vCPUs', value: withUnit(resources.vcpus, '') },
            { term: 'GPU', value: resources.gpu === undefined || resources.gpu === 0 ? 'None' : String(resources.gpu) },
          ]}
        />
      )}
    </SectionCard>
  )
}
