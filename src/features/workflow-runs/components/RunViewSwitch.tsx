import { useUrlParams } from '@/shared/lib/useUrlParams'
import { PlainButton } from '@/shared/ui/PlainButton'
import { runViewFrom, VIEW_KEY, type RunView } from '../lib/runView'
import { LazyRunStepGrid } from './grid/lazyGrid'

const VIEWS: { view: RunView; label: string }[] = [
  { view: 'list', label: 'List' },
  { view: 'grid', label: 'Steps grid' },
]

/**
 * List or runs × steps grid, kept in the URL (`?view=grid`). Two pressed-state buttons rather than MUI's
 * ToggleButtonGroup, in static styles (PlainButton): the switch is in Run History's first frame (issues 16 and 17).
 * The view keeps the page: the grid takes the list's cursor.
 */
export function RunViewSwitch() {
  const { get, update } = useUrlParams()
  const current = runViewFrom(get(VIEW_KEY))
  return (
    <div role="group" aria-label="View" style={{ display: 'inline-flex', gap: 4 }}>
      {VIEWS.map(({ view, label }) => (
        <PlainButton
          key={view}
          size="small"
          variant={current === view ? 'contained' : 'outlined'}
          aria-pressed={current === view}
          onMouseEnter={view === 'grid' ? () => void LazyRunStepGrid.load() : undefined}
          onFocus={view === 'grid' ? () => void LazyRunStepGrid.load() : undefined}
          // The grid's chunk first (pointing at the switch usually started it): then the grid renders at once.
          onClick={() =>
            void (view === 'grid' ? LazyRunStepGrid.load() : Promise.resolve()).finally(() =>
              update({ [VIEW_KEY]: view === 'list' ? undefined : view }, { keepCursor: true }),
            )
          }
        >
          {label}
        </PlainButton>
      ))}
    </div>
  )
}
