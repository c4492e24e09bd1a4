import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { RunSelectionBar } from './RunSelectionBar'

const comparisonCode = vi.hoisted(() => ({ loaded: 0 }))
// Counts evaluations of the comparison page's module instead of loading it.
vi.mock('../routes/CompareRunsRoute', () => {
  comparisonCode.loaded += 1
  return { Component: () => null }
})

function renderBar(selectedIds: string[]) {
  const queryClient = new QueryClient()
  const ui = (ids: string[]) => (
    <QueryClientProvider client={queryClient}>
      <MemoryRouter>
        <RunSelectionBar workflowId="wf-1" selectedIds={ids} onClear={() => undefined} />
      </MemoryRouter>
    </QueryClientProvider>
  )
  const view = render(ui(selectedIds))
  return { rerender: (ids: string[]) => view.rerender(ui(ids)) }
}

describe('RunSelectionBar', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    comparisonCode.loaded = 0
  })
  afterEach(() => vi.useRealTimers())

  it('loads the comparison page’s code in a quiet moment once two runs are picked, not before', async () => {
    const bar = renderBar(['run-1'])
    await vi.advanceTimersByTimeAsync(3_000)
    await vi.dynamicImportSettled()
    expect(comparisonCode.loaded).toBe(0)
    expect(screen.getByRole('button', { name: 'Compare' })).toBeDisabled()

    bar.rerender(['run-1', 'run-2'])
    expect(screen.getByRole('button', { name: 'Compare' })).toBeEnabled()
    await vi.advanceTimersByTimeAsync(3_000)
    await vi.dynamicImportSettled()
    expect(comparisonCode.loaded).toBe(1)
  })

  it('loads nothing when the selection drops below two before the quiet moment', async () => {
    const bar = renderBar(['run-1', 'run-2'])
    bar.rerender(['run-1'])
    await vi.advanceTimersByTimeAsync(3_000)
    await vi.dynamicImportSettled()
    expect(comparisonCode.loaded).toBe(0)
  })
})
