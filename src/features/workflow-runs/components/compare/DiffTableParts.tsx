import { FormControlLabel, Stack, Switch, Typography } from '@mui/material'
import type { ReactNode } from 'react'
import type { WorkflowRun } from '@/shared/contract/workflows'
import { FIRST_COLUMN_WIDTH } from './compareStyles'

/** The column widths and header row every diff table shares: its first column, then a column per run. */
export function DiffTableHead({ first, runs, baselineIndex }: { first: string; runs: WorkflowRun[]; baselineIndex: number }) {
  return (
    <>
      <colgroup>
        <col style={{ width: FIRST_COLUMN_WIDTH }} />
        {runs.map((run) => (
          <col key={run.id} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th className="sticky">{first}</th>
          {runs.map((run, i) => (
            <th key={run.id}>{i === baselineIndex ? `${run.id} (baseline)` : run.id}</th>
          ))}
        </tr>
      </thead>
    </>
  )
}

type ToggleProps = { label: string; checked: boolean; onChange: (checked: boolean) => void; children: ReactNode }

/** "Show everything" for a diff that shows differences only, with what it hides said beside it. */
export function DiffScopeSwitch({ label, checked, onChange, children }: ToggleProps) {
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
      <FormControlLabel
        control={<Switch checked={checked} onChange={(event) => onChange(event.target.checked)} />}
        label={label}
      />
      <Typography variant="body2" color="textSecondary" aria-live="polite">
        {children}
      </Typography>
    </Stack>
  )
}
