import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { ApiError } from '@/shared/api/ApiError'
import { QueryInlineError } from './InlineError'

const failed = (refetch = vi.fn(async () => undefined)) => ({
  isError: true,
  error: new ApiError({ status: 503, code: 'UNAVAILABLE', message: 'Try later', requestId: 'req-42' }),
  refetch,
})

describe('QueryInlineError', () => {
  it('says nothing while the query has not failed', () => {
    const { container } = render(<QueryInlineError query={{ isError: false, error: null, refetch: vi.fn() }} what="The median" />)
    expect(container).toBeEmptyDOMElement()
  })

  it('explains a failed query with what is missing, its code and request id, and retries it', async () => {
    const refetch = vi.fn(async () => undefined)
    render(<QueryInlineError query={failed(refetch)} what="The median could not be loaded" spaceBelow={1} />)
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('The median could not be loaded: Try later')
    expect(alert).toHaveTextContent('Code UNAVAILABLE · Request id req-42')
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }))
    expect(refetch).toHaveBeenCalledOnce()
  })
})
