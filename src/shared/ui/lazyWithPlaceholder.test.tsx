import { render, screen } from '@testing-library/react'
import { lazyWithPlaceholder } from './lazyWithPlaceholder'
import { SectionErrorBoundary } from './SectionErrorBoundary'
import { expectConsoleError } from '@/test/consoleGuard'

const Graph = ({ steps }: { steps: number }) => <p>{steps} steps drawn</p>

describe('a lazily loaded part shown without Suspense', () => {
  it('renders at once when a loader loaded it first', async () => {
    const Lazy = lazyWithPlaceholder(async () => Graph)
    await Lazy.load()
    render(<Lazy steps={50} placeholder={<p>Loading the graph</p>} />)
    expect(screen.getByText('50 steps drawn')).toBeInTheDocument()
    expect(screen.queryByText('Loading the graph')).not.toBeInTheDocument()
  })

  it('shows its placeholder until its chunk is in, then the part', async () => {
    const Lazy = lazyWithPlaceholder(async () => Graph)
    render(<Lazy steps={3} placeholder={<p>Loading the graph</p>} />)
    expect(screen.getByText('Loading the graph')).toBeInTheDocument()
    expect(await screen.findByText('3 steps drawn')).toBeInTheDocument()
  })

  it('hands a failed load to the error boundary around it', async () => {
    expectConsoleError(/chunk gone/)
    const Lazy = lazyWithPlaceholder<{ steps: number }>(() => Promise.reject(new Error('chunk gone')))
    render(
      <SectionErrorBoundary title="The graph could not be drawn">
        <Lazy steps={3} placeholder={<p>Loading the graph</p>} />
      </SectionErrorBoundary>,
    )
    expect(await screen.findByText('The graph could not be drawn')).toBeInTheDocument()
  })
})
