import { render, screen } from '@testing-library/react'
import { Suspense } from 'react'
import { lazyPreloaded } from './lazyPreloaded'

const Rows = ({ count }: { count: number }) => <p>{count} rows</p>

describe('a lazily loaded part that a loader loads ahead', () => {
  it('renders at once once loaded: no fallback flashes, so React has nothing to hold back', async () => {
    const Table = lazyPreloaded(async () => Rows)
    await Table.load()
    render(
      <Suspense fallback={<p>Loading runs</p>}>
        <Table count={50} />
      </Suspense>,
    )
    // Synchronously in the first commit: no waiting, no fallback.
    expect(screen.getByText('50 rows')).toBeInTheDocument()
    expect(screen.queryByText('Loading runs')).not.toBeInTheDocument()
  })

  it('suspends like React.lazy when nothing loaded it first, then shows the part', async () => {
    const Table = lazyPreloaded(async () => Rows)
    render(
      <Suspense fallback={<p>Loading runs</p>}>
        <Table count={3} />
      </Suspense>,
    )
    expect(screen.getByText('Loading runs')).toBeInTheDocument()
    expect(await screen.findByText('3 rows')).toBeInTheDocument()
  })
})
