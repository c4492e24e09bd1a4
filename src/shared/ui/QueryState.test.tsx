import { render, screen } from '@testing-library/react'
import { ApiError } from '@/shared/api/ApiError'
import { QueryState } from './QueryState'

const failure = new ApiError({ status: 500, code: 'INTERNAL', message: 'Try later', requestId: 'req-9' })

function show(data: string[] | undefined, error: unknown = null) {
  render(
    <QueryState
      query={{ data, error, refetch: () => undefined }}
      loading="Loading items"
      what="The items"
      isEmpty={(items) => items.length === 0}
      empty={<p>No items</p>}
    >
      {(items) => (
        <ul aria-label="Items">
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
    </QueryState>,
  )
}

describe('QueryState', () => {
  it('shows the loading state before the first answer', () => {
    show(undefined)
    expect(screen.getByRole('status')).toHaveTextContent('Loading items')
  })

  it('explains a first-load failure with Retry', () => {
    show(undefined, failure)
    expect(screen.getByRole('alert')).toHaveTextContent('Try later')
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument()
  })

  it('keeps the data of a failed refresh, with one line saying so', () => {
    show(['a', 'b'], failure)
    expect(screen.getByRole('list', { name: 'Items' })).toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent(/The items could not be refreshed.*req-9/)
  })

  it('says when the data holds nothing', () => {
    show([])
    expect(screen.getByText('No items')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })
})
