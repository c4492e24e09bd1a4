import { Box, Button, ButtonBase } from '@mui/material'
import ChevronRightIcon from '@mui/icons-material/ChevronRight'
import { useState, type KeyboardEvent } from 'react'
import { DISPLAY_LIMIT } from '@/shared/lib/clip'
import { LongText } from './LongText'

type Props = {
  value: unknown
  /** Accessible name of the tree, e.g. "Manifest of v1.4.0". */
  label: string
  /** Levels open at first (0 = only the root line). */
  defaultExpandDepth?: number
}

const isContainer = (value: unknown): value is Record<string, unknown> | unknown[] => typeof value === 'object' && value !== null

const entriesOf = (value: Record<string, unknown> | unknown[]): [string, unknown][] =>
  Array.isArray(value) ? value.map((item, index) => [String(index), item]) : Object.entries(value)

function summaryOf(value: Record<string, unknown> | unknown[]): string {
  const count = Array.isArray(value) ? value.length : Object.keys(value).length
  if (Array.isArray(value)) return `[ ${count} item${count === 1 ? '' : 's'} ]`
  return `{ ${count} key${count === 1 ? '' : 's'} }`
}

function Primitive({ value }: { value: unknown }) {
  if (typeof value === 'string')
    return (
      <Box component="span" sx={{ color: 'success.main', overflowWrap: 'anywhere' }}>
        <LongText value={JSON.stringify(value)} max={DISPLAY_LIMIT.prose} label="string" />
      </Box>
    )
  if (typeof value === 'number')
    return (
      <Box component="span" sx={{ color: 'info.main' }}>
        {String(value)}
      </Box>
    )
  return (
    <Box component="span" sx={{ color: 'secondary.main' }}>
      {value === undefined ? 'undefined' : String(value)}
    </Box>
  )
}

function Key({ name, inArray }: { name: string | null; inArray: boolean }) {
  if (name === null) return null
  return (
    <Box component="span" sx={{ color: 'text.secondary' }}>
      {/* A no-break space: inside a toggle (a flex box) a plain trailing space collapses. */}
      {inArray ? `${name}:\u00a0` : `${JSON.stringify(name)}:\u00a0`}
    </Box>
  )
}

type NodeProps = { name: string | null; value: unknown; depth: number; openDepth: number; inArray: boolean }

/** Entries of one object or array rendered at a time: a 10,000-item array opens without stalling the page. */
const ENTRY_PAGE = 100

function JsonNode({ name, value, depth, openDepth, inArray }: NodeProps) {
  const [open, setOpen] = useState(depth < openDepth)
  const [shown, setShown] = useState(ENTRY_PAGE)
  if (!isContainer(value))
    return (
      <li>
        <Box component="span" sx={{ pl: 3, display: 'inline-block' }}>
          <Key name={name} inArray={inArray} />
          <Primitive value={value} />
        </Box>
      </li>
    )
  const entries = entriesOf(value)
  const empty = entries.length === 0
  // ArrowRight opens and ArrowLeft closes, as in a tree; Enter and Space toggle (it is a button).
  const onKeyDown = (event: KeyboardEvent) => {
    const next = event.key === 'ArrowRight' ? true : event.key === 'ArrowLeft' ? false : null
    if (next === null || next === open) return
    event.preventDefault()
    setOpen(next)
  }
  return (
    <li>
      <ButtonBase
        aria-expanded={empty ? undefined : open}
        disabled={empty}
        onClick={() => setOpen(!open)}
        onKeyDown={onKeyDown}
        sx={{
          font: 'inherit',
          textAlign: 'left',
          borderRadius: 0.5,
          pr: 0.5,
          '&:hover': { bgcolor: 'action.hover' },
          '&.Mui-focusVisible': { outline: 2, outlineStyle: 'solid', outlineColor: 'primary.main' },
        }}
      >
        <ChevronRightIcon
          aria-hidden
          sx={{
            fontSize: '1.25rem',
            width: 24,
            visibility: empty ? 'hidden' : 'visible',
            transform: open ? 'rotate(90deg)' : 'none',
            transition: 'transform 120ms',
          }}
        />
        <Key name={name} inArray={inArray} />
        <Box component="span" sx={{ color: 'text.secondary' }}>
          {summaryOf(value)}
        </Box>
      </ButtonBase>
      {open && !empty && (
        <Box component="ul" sx={{ listStyle: 'none', m: 0, pl: 2.5, borderLeft: 1, borderColor: 'divider', ml: 1.5 }}>
          {entries.slice(0, shown).map(([key, item]) => (
            <JsonNode key={key} name={key} value={item} depth={depth + 1} openDepth={openDepth} inArray={Array.isArray(value)} />
          ))}
          {entries.length > shown && (
            <li>
              <Button size="small" onClick={() => setShown(shown + ENTRY_PAGE)}>
                {`Show ${Math.min(ENTRY_PAGE, entries.length - shown)} more (${entries.length - shown} not shown)`}
              </Button>
            </li>
          )}
        </Box>
      )}
    </li>
  )
}

/**
 * JSON as a collapsible tree of text (never HTML): objects and arrays are buttons that open and close with Enter,
 * Space or the arrow keys; "Expand all" and "Collapse all" reset every level.
 */
export function JsonTree({ value, label, defaultExpandDepth = 1 }: Props) {
  // Expand/collapse all remount the tree with a new starting depth: each node keeps its own open state after that.
  const [layout, setLayout] = useState({ depth: defaultExpandDepth, generation: 0 })
  const relayout = (depth: number) => setLayout((current) => ({ depth, generation: current.generation + 1 }))
  return (
    <Box>
      <Box sx={{ display: 'flex', gap: 1, mb: 1 }}>
        <Button size="small" onClick={() => relayout(Number.POSITIVE_INFINITY)}>
          Expand all
        </Button>
        <Button size="small" onClick={() => relayout(1)}>
          Collapse all
        </Button>
      </Box>
      <Box
        component="ul"
        aria-label={label}
        key={layout.generation}
        sx={{
          listStyle: 'none',
          m: 0,
          p: 1,
          fontFamily: 'monospace',
          fontSize: 'body2.fontSize',
          lineHeight: 1.7,
          bgcolor: 'action.hover',
          borderRadius: 1,
          overflowX: 'auto',
        }}
      >
        <JsonNode name={null} value={value} depth={0} openDepth={layout.depth} inArray={false} />
      </Box>
    </Box>
  )
}
