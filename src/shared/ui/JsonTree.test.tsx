import { render, screen, within, act } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { JsonTree } from './JsonTree'

const VALUE = {
  name: 'peptide-length-qc',
  inputs: { type: 'object', required: ['peptides_file'] },
  count: 3,
  html: '<img src=x onerror=alert(1)>',
  none: null,
}

describe('JsonTree', () => {
  it('shows the first level and keeps deeper levels closed', () => {
    render(<JsonTree value={VALUE} label="Manifest" />)
    const tree = screen.getByRole('list', { name: 'Manifest' })
    expect(within(tree).getByText('"peptide-length-qc"')).toBeInTheDocument()
    expect(within(tree).getByText('3')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: /"inputs":\s*\{ 2 keys \}/ })).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByText('"object"')).not.toBeInTheDocument()
  })

  it('renders markup in strings as text', () => {
    const { container } = render(<JsonTree value={VALUE} label="Manifest" />)
    expect(screen.getByText('"<img src=x onerror=alert(1)>"')).toBeInTheDocument()
    expect(container.querySelector('img')).toBeNull()
  })

  it('opens and closes a level from the keyboard', async () => {
    const user = userEvent.setup()
    render(<JsonTree value={VALUE} label="Manifest" />)
    const inputs = screen.getByRole('button', { name: /"inputs"/ })
    act(() => inputs.focus())
    await user.keyboard('{Enter}')
    expect(inputs).toHaveAttribute('aria-expanded', 'true')
    expect(screen.getByText('"object"')).toBeInTheDocument()
    await user.keyboard('{ArrowLeft}')
    expect(inputs).toHaveAttribute('aria-expanded', 'false')
    await user.keyboard('{ArrowRight}')
    expect(inputs).toHaveAttribute('aria-expanded', 'true')
  })

  it('expands and collapses every level at once', async () => {
    const user = userEvent.setup()
    render(<JsonTree value={VALUE} label="Manifest" />)
    await user.click(screen.getByRole('button', { name: 'Expand all' }))
    expect(screen.getByText('"peptides_file"')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Collapse all' }))
    expect(screen.queryByText('"peptides_file"')).not.toBeInTheDocument()
  })

  it('shows a long array a hundred entries at a time', async () => {
    const user = userEvent.setup()
    render(<JsonTree value={Array.from({ length: 250 }, (_, i) => `item ${i}`)} label="Items" />)
    expect(screen.getByText('"item 99"')).toBeInTheDocument()
    expect(screen.queryByText('"item 100"')).not.toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Show 100 more (150 not shown)' }))
    expect(screen.getByText('"item 199"')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Show 50 more (50 not shown)' }))
    expect(screen.getByText('"item 249"')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: /^Show \d+ more/ })).not.toBeInTheDocument()
  })
})
