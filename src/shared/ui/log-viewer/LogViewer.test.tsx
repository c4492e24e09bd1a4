import { fireEvent, render, screen, within, waitFor, act } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { LogViewer, type LogViewerProps } from './LogViewer'
import type { LogViewerLine } from './logText'

const line = (n: number, message = `step ${n} done`): LogViewerLine => ({
  timestamp: `2026-01-15T12:00:${String(n % 60).padStart(2, '0')}.000Z`,
  level: 'info',
  message,
})
const LINES = [line(1), line(2, '<img src=x onerror=alert(1)> sample'), line(3, 'Container stopped')]
const view = (props: Partial<LogViewerProps> = {}) => <LogViewer label="Log of mr-1" lines={LINES} {...props} />

/** jsdom lays nothing out: give the log a scrollable height and move it as a wheel or the keyboard would. */
function scrollTo(log: HTMLElement, top: number, height = 5000) {
  Object.defineProperty(log, 'scrollHeight', { configurable: true, value: height })
  log.scrollTop = top
  fireEvent.scroll(log)
}

describe('LogViewer', () => {
  it('shows numbered lines as text, HTML included, in a keyboard-scrollable named region', () => {
    const { container } = render(view())
    const log = screen.getByRole('log', { name: 'Log of mr-1' })
    expect(log).toHaveAttribute('tabindex', '0')
    expect(within(log).getByText('<img src=x onerror=alert(1)> sample')).toBeInTheDocument()
    expect(container.querySelector('img')).toBeNull()
    expect(within(log).getByText('3')).toBeInTheDocument()
    expect(screen.getByText('3 lines')).toBeInTheDocument()
  })

  it("shows a line's level before its message, unless the message already starts with it", () => {
    const lines = [
      { ...line(1, 'Container started'), level: 'warn' },
      { ...line(2, '[WARN] disk at 91 %'), level: 'warn' },
      { ...line(3, '[warning] retrying'), level: 'WARNING' },
    ]
    render(view({ lines }))
    const log = screen.getByRole('log', { name: 'Log of mr-1' })
    // One badge: line 1's. Lines 2 and 3 name their level themselves, in any case.
    expect(within(log).getAllByText(/^WARN(ING)?$/)).toHaveLength(1)
    expect(within(log).getByText('[WARN] disk at 91 %')).toBeInTheDocument()
    expect(within(log).getByText('[warning] retrying')).toBeInTheDocument()
  })

  it('filters lines and marks every match, as text', async () => {
    const { container } = render(view())
    await userEvent.type(screen.getByRole('searchbox', { name: 'Filter lines' }), 'IMG')
    expect(await screen.findByText('1 of 3 lines match')).toBeInTheDocument()
    expect([...container.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['img'])
    expect(screen.queryByText('Container stopped')).not.toBeInTheDocument()
    await userEvent.clear(screen.getByRole('searchbox', { name: 'Filter lines' }))
    await userEvent.type(screen.getByRole('searchbox', { name: 'Filter lines' }), 'nothing like it')
    expect(await screen.findByText('No line matches “nothing like it”.')).toBeInTheDocument()
  })

  it('offers "Jump to latest" with a count of new lines once the reader scrolls up, and follows again after it', async () => {
    const { rerender } = render(view({ live: true }))
    const log = screen.getByRole('log', { name: 'Log of mr-1' })
    expect(screen.getByText('Live')).toBeInTheDocument()
    scrollTo(log, 4200)
    scrollTo(log, 1000)
    rerender(view({ live: true, lines: [...LINES, line(4), line(5)] }))
    const jump = await screen.findByRole('button', { name: /Jump to latest · 2 new lines/ })
    expect(log.scrollTop).toBe(1000)
    await userEvent.click(jump)
    expect(screen.queryByRole('button', { name: /Jump to latest/ })).not.toBeInTheDocument()
    expect(log.scrollTop).toBe(5000)
  })

  it('offers "Load more" while more pages exist', async () => {
    const onLoadMore = vi.fn()
    render(view({ hasMore: true, onLoadMore }))
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }))
    expect(onLoadMore).toHaveBeenCalledOnce()
  })

  it('downloads the whole log with progress, and can cancel it', async () => {
    let progress: (lines: number) => void = () => {}
    let seenSignal: AbortSignal | undefined
    const source = vi.fn((onProgress: (lines: number) => void, signal: AbortSignal) => {
      progress = onProgress
      seenSignal = signal
      return new Promise<LogViewerLine[]>((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason)))
    })
    render(view({ download: { source, fileName: 'mr-1.log' } }))
    await userEvent.click(screen.getByRole('button', { name: 'Download log' }))
    act(() => progress(2000))
    expect(await screen.findByText('Downloading… 2,000 lines read')).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Cancel download' }))
    expect(seenSignal?.aborted).toBe(true)
    expect(await screen.findByRole('button', { name: 'Download log' })).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('saves the downloaded lines as a text file', async () => {
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:log')
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() })
    render(view({ download: { source: async () => LINES, fileName: 'mr-1.log' } }))
    await userEvent.click(screen.getByRole('button', { name: 'Download log' }))
    await waitFor(() => expect(createObjectURL).toHaveBeenCalledOnce())
    expect(await createObjectURL.mock.calls[0]![0].text()).toContain('Container stopped')
  })
})
