import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { setHttpSleep } from '@/shared/api/http'
import type { Workflow } from '@/shared/contract/workflows'
import { renderRoute } from '@/test/renderRoute'
import { WORKFLOWS } from '../../../../../mocks/fixtures/workflows'
import { run, step } from '../../lib/compare/testRuns'
import { WorkflowGraph } from './WorkflowGraph'

beforeEach(() => setHttpSleep(async () => undefined))

const WF = '/workflows/wf-immunopeptidomics-discovery'
// Demo fixtures (deterministic): run-000387 failed in the library search; run-000414 stopped at the QC gate.
const graphOf = (name: string) => screen.findByRole('group', { name: `Workflow graph of ${name}` })

describe('Workflow graph on run detail', () => {
  it('names each step node by status, duration and attempts, and starts on the failed step', async () => {
    renderRoute(`${WF}/runs/run-000387`, { as: 'scientist' })
    const graph = await graphOf('run-000387')
    const failed = within(graph).getByRole('button', { name: /^Spectral library search, failed, \d+ min \d+ s, 1 attempt$/ })
    expect(failed).toHaveAttribute('aria-pressed', 'true')
    expect(within(graph).getByRole('button', { name: /^HLA typing, completed, \d+ min \d+ s, \d attempts?$/ })).toHaveAttribute(
      'aria-pressed',
      'false',
    )
    expect(within(graph).getByRole('button', { name: 'Report, skipped' })).toBeInTheDocument()
    // Six steps are buttons; the choice, pass and fail states select nothing.
    expect(within(graph).getAllByRole('button')).toHaveLength(6)
    expect(within(graph).getByText('9-mer fraction ≥ 40 %?')).toBeInTheDocument()
  })

  it('selects a step by click: the same `?step=` as the timeline and the table, with its details', async () => {
    const { router } = renderRoute(`${WF}/runs/run-000387`, { as: 'scientist' })
    const graph = await graphOf('run-000387')
    await userEvent.click(within(graph).getByRole('button', { name: /^HLA typing, / }))
    await waitFor(() => expect(router.state.location.search).toBe('?step=hla-typing'))
    expect(within(graph).getByRole('button', { name: /^HLA typing, / })).toHaveAttribute('aria-pressed', 'true')
    expect(
      within(screen.getByRole('group', { name: 'Step timeline' })).getByRole('button', { name: /^HLA typing: / }),
    ).toHaveAttribute('aria-pressed', 'true')
    expect(screen.getByRole('region', { name: 'Step: HLA typing' })).toBeInTheDocument()
  })

  it('is one tab stop; arrow keys move between steps and Enter selects', async () => {
    const { router } = renderRoute(`${WF}/runs/run-000387`, { as: 'scientist' })
    const graph = await graphOf('run-000387')
    const tabStops = within(graph)
      .getAllByRole('button')
      .filter((button) => button.tabIndex === 0)
    expect(tabStops).toHaveLength(1)
    expect(tabStops[0]).toHaveAccessibleName(/^Spectral library search, failed/)
    tabStops[0]!.focus()
    await userEvent.keyboard('{ArrowDown}')
    expect(within(graph).getByRole('button', { name: /^Peptide length QC, / })).toHaveFocus()
    await userEvent.keyboard('{ArrowUp}{ArrowUp}')
    expect(within(graph).getByRole('button', { name: /^HLA typing, / })).toHaveFocus()
    await userEvent.keyboard('{Enter}')
    await waitFor(() => expect(router.state.location.search).toBe('?step=hla-typing'))
  })

  it('zooms with its buttons and keys', async () => {
    renderRoute(`${WF}/runs/run-000387`, { as: 'scientist' })
    await graphOf('run-000387')
    const zoom = () => Number(screen.getByRole('status', { name: 'Zoom level' }).textContent!.replace(' %', ''))
    const before = zoom()
    await userEvent.click(screen.getByRole('button', { name: 'Zoom in' }))
    expect(zoom()).toBeGreaterThan(before)
    await userEvent.click(screen.getByRole('button', { name: '100 %' }))
    expect(zoom()).toBe(100)
    await userEvent.keyboard('{-}')
    expect(zoom()).toBe(100) // the keys work only with focus in the graph
    screen.getByRole('button', { name: /^HLA typing, / }).focus()
    await userEvent.keyboard('{-}')
    expect(zoom()).toBe(80)
  })

  it('tells the graph in words: kinds, statuses, conditions, the default branch and the way the run went', async () => {
    renderRoute(`${WF}/runs/run-000414`, { as: 'scientist' })
    await graphOf('run-000414')
    const list = screen.getByRole('list', { name: 'Workflow graph of run-000414, as text' })
    const items = within(list).getAllByRole('listitem')
    expect(items).toHaveLength(9)
    expect(items[0]).toHaveTextContent(
      /^HLA typing \(module step\): completed, .+, 1 attempt\. Next: Spectral library search \(this run went this way\)\.$/,
    )
    const gate = items.find((item) => item.textContent!.startsWith('9-mer fraction'))!
    expect(gate).toHaveTextContent(
      '9-mer fraction ≥ 40 %? (choice): passed. Next: Binding prediction when $.qc.ninemerFraction ≥ 0.4; QC failed by default (this run went this way).',
    )
    expect(items.find((item) => item.textContent!.startsWith('QC failed'))).toHaveTextContent(
      'QC failed (fail state): failed. End of the workflow.',
    )
  })
})

describe('Workflow graph on Run History', () => {
  it('opens the workflow’s structure in a drawer kept in the URL, and closes it', async () => {
    const { router } = renderRoute(`${WF}/runs`, { as: 'scientist' })
    await userEvent.click(await screen.findByRole('button', { name: 'Workflow graph' }))
    const dialog = await screen.findByRole('dialog', { name: 'Workflow graph' })
    await waitFor(() => expect(router.state.location.search).toBe('?graph=open'))
    const graph = await within(dialog).findByRole('group', { name: 'Workflow graph of Immunopeptidomics discovery pipeline' })
    // The structure: no run, so nothing to select; each node says what it runs.
    expect(within(graph).queryAllByRole('button')).toHaveLength(0)
    expect(within(graph).getByText('HLA typing (OptiType)')).toBeInTheDocument()
    expect(within(dialog).getByRole('list', { name: /as text$/ })).toHaveTextContent(
      'HLA typing (module step, HLA typing (OptiType)). Next: Spectral library search.',
    )
    await userEvent.click(within(dialog).getByRole('button', { name: 'Close the workflow graph' }))
    await waitFor(() => expect(router.state.location.search).toBe(''))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })
})

describe('WorkflowGraph', () => {
  const graph = WORKFLOWS.find((wf) => wf.id === 'wf-nightly-binding-qc')!.graph as Workflow['graph']

  it('follows the run as it is polled: a running step shows its time so far, then its outcome', () => {
    const running = run('r', [step('length-qc'), step('binding', { status: 'running', durationMs: undefined })], {
      status: 'RUNNING',
    })
    const view = render(
      <WorkflowGraph label="Graph" graph={graph} run={running} durations={new Map([['binding', 65_000]])} onSelect={() => {}} />,
    )
    expect(screen.getByRole('button', { name: 'Binding prediction, running, 1 min 05 s, 1 attempt' })).toBeInTheDocument()
    const done = run('r', [step('length-qc'), step('binding', { status: 'completed', durationMs: 90_000, attempts: 2 })])
    view.rerender(<WorkflowGraph label="Graph" graph={graph} run={done} onSelect={() => {}} />)
    expect(screen.getByRole('button', { name: 'Binding prediction, completed, 1 min 30 s, 2 attempts' })).toBeInTheDocument()
  })
})
