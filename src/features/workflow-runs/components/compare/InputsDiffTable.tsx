import { Box, Stack } from '@mui/material'
import type { WorkflowRun } from '@/shared/contract/workflows'
import type { InputCell, InputRow } from '../../lib/compare/inputsDiff'
import { diffTableMinWidth, PLAIN_TABLE } from './compareStyles'
import { DiffScopeSwitch, DiffTableHead } from './DiffTableParts'

type Props = {
  runs: WorkflowRun[]
  baselineIndex: number
  rows: InputRow[]
  showAll: boolean
  onShowAll: (all: boolean) => void
  /** What the differences are against, in the summary line ("the baseline"). */
  against?: string
  /** The table's accessible name; the run inputs' by default (a JSON artifact's content uses the same table). */
  label?: string
  /** The switch that shows every value. */
  switchLabel?: string
  /** What is said when nothing differs. */
  sameText?: string
  /** The head of the paths' column. */
  firstColumn?: string
}

const CHANGE_TEXT: Record<InputCell['change'], string> = { same: '', changed: 'changed', added: 'added', removed: 'removed' }

/** Values as JSON text (strings quoted), so `"1"` and `1` never look alike. Text only: data never becomes markup. */
const valueText = (cell: InputCell) => (cell.present ? JSON.stringify(cell.value) : '(absent)')

/**
 * The run inputs, nested-JSON aware: a row per path (`samples[0].alleles[1]`), differences only by default with a
 * switch to show every value; changed cells are marked in words, not only in colour.
 */
export function InputsDiffTable({
  runs,
  baselineIndex,
  rows,
  showAll,
  onShowAll,
  against = 'the baseline',
  label = 'Run inputs compared with the baseline',
  switchLabel = 'Show all inputs',
  sameText = 'The inputs are identical.',
  firstColumn = 'Input',
}: Props) {
  const differing = rows.filter((row) => row.differs).length
  return (
    <Stack spacing={1.5}>
      <DiffScopeSwitch label={switchLabel} checked={showAll} onChange={onShowAll}>
        {showAll
          ? `${rows.length} values, ${differing} differ from ${against}`
          : differing === 0
            ? sameText
            : `${differing} ${differing === 1 ? 'value differs' : 'values differ'} from ${against}`}
      </DiffScopeSwitch>
      {rows.length > 0 && (
        <Box sx={{ ...PLAIN_TABLE, ...CELL_STYLES }}>
          <table aria-label={label} style={{ minWidth: diffTableMinWidth(runs.length) }}>
            <DiffTableHead first={firstColumn} runs={runs} baselineIndex={baselineIndex} />
            <tbody>
              {rows.map((row) => (
                <tr key={row.path} data-differs={row.differs ? 'true' : undefined}>
                  <th scope="row" className="sticky path">
                    {row.path}
                  </th>
                  {row.cells.map((cell, i) => (
                    <td key={i} className="value" data-change={cell.change}>
                      <span>{valueText(cell)}</span>
                      {cell.change !== 'same' && <span className="change">{CHANGE_TEXT[cell.change]}</span>}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </Box>
      )}
    </Stack>
  )
}

const CELL_STYLES = {
  '& .path': { fontFamily: 'monospace', fontWeight: 400, wordBreak: 'break-all' },
  '& .value': {
    fontFamily: 'monospace',
    fontSize: '0.8125rem',
    verticalAlign: 'top',
    wordBreak: 'break-word',
  },
  '& .value[data-change="changed"], & .value[data-change="added"]': { bgcolor: 'action.selected', fontWeight: 600 },
  '& .value[data-change="removed"]': { color: 'text.secondary', textDecoration: 'line-through' },
  '& .change': {
    display: 'block',
    fontFamily: 'body1.fontFamily',
    fontSize: '0.75rem',
    color: 'text.secondary',
    fontWeight: 400,
    textDecoration: 'none',
  },
} as const
