import { Box, Link, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material'
import { Link as RouterLink } from 'react-router'
import type { ModuleSummary } from '@/shared/contract/modules'
import { paths } from '@/shared/lib/paths'
import { StatusChip } from '@/shared/ui/StatusChip'
import { TimeText } from '@/shared/ui/TimeText'
import { categoryLabel, shownNameOf } from '../lib/catalogParams'
import { TRUST_TIER_HINTS, typeLabel } from '../lib/moduleLabels'
import { PriceList } from './PriceList'
import { clipText } from '@/shared/lib/clip'

/**
 * The catalog as a table: one row per module, its prices by plan in one column (four price columns did not fit a
 * 1280 px screen, issue 17). A plain table: a catalog holds tens of
 * modules, not thousands, so it needs neither virtualization nor the table library.
 */
export function ModuleTable({ modules }: { modules: ModuleSummary[] }) {
  return (
    <TableContainer>
      <Table size="small" aria-label="Modules">
        <TableHead>
          <TableRow>
            <TableCell>Module</TableCell>
            <TableCell>Type</TableCell>
            <TableCell>Trust tier</TableCell>
            <TableCell>Status</TableCell>
            <TableCell>Category</TableCell>
            <TableCell>Price by plan</TableCell>
            <TableCell>Updated</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {modules.map((module) => (
            <TableRow key={module.id} hover>
              <TableCell sx={{ minWidth: 220 }}>
                <Link component={RouterLink} to={paths.module(module.id)} sx={{ fontWeight: 600 }}>
                  {shownNameOf(module)}
                </Link>
                <Typography variant="caption" color="textSecondary" component="div" sx={{ fontFamily: 'monospace' }}>
                  {clipText(module.moduleName)} · v{module.currentVersion}
                </Typography>
              </TableCell>
              <TableCell>{typeLabel(module.type)}</TableCell>
              <TableCell title={module.trustTier ? TRUST_TIER_HINTS[module.trustTier] : undefined}>
                {module.trustTier ?? '—'}
              </TableCell>
              <TableCell>{module.status ? <StatusChip status={module.status} /> : '—'}</TableCell>
              <TableCell>{module.category ? categoryLabel(module.category) : '—'}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                <PriceList pricing={module.pricing} />
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                <TimeText iso={module.updatedAt} dateOnly />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Box sx={{ px: 2, py: 1 }}>
        <Typography variant="caption" color="textSecondary">
          Prices in ACT per run (per month where marked), by pricing plan: your organization’s plan decides which applies.
        </Typography>
      </Box>
    </TableContainer>
  )
}
