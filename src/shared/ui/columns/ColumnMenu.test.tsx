import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ColumnDef } from '@tanstack/react-table'
import { DataTable } from '../DataTable'

type Row = { id: string; name: string; owner: string; notes: string }
const COLUMNS: ColumnDef<Row, unknown>[] = [
  { id: 'name', header: 'Name', meta: { alwaysShown: true }, cell: ({ row }) => row.original.name },
  { id: 'owner', header: 'Owner', meta: { minViewport: 1000 }, cell: ({ row }) => row.original.owner },
  { id: 'notes', header: 'Notes', meta: { minViewport: 1500 }, cell: ({ row }) => row.original.notes },
]
const ROWS = [{ id: 'a', name: 'Alpha', owner: 'Mei', notes: 'keep' }]

function Table() {
  return <DataTable label="Things" data={ROWS} columns={COLUMNS} columnMenuKey="test-table" getRowId={(row) => row.id} />
}
const headers = () =>
  within(screen.getByRole('table', { name: 'Things' }))
    .getAllByRole('columnheader')
    .map((cell) => cell.textContent)

beforeEach(() => localStorage.clear())

describe('ColumnMenu', () => {
  it('shows by default only the columns the screen is wide enough for (jsdom: 1024 px)', () => {
    render(<Table />)
    expect(headers()).toEqual(['Name', 'Owner'])
    expect(screen.getByRole('button', { name: 'Columns (1 hidden)' })).toBeInTheDocument()
  })

  it('shows and hides columns from the menu, never offers the identifying one, and remembers the choice', async () => {
    const { unmount } = render(<Table />)
    await userEvent.click(screen.getByRole('button', { name: /Columns/ }))
    const menu = await screen.findByRole('menu', { name: 'Columns of Things' })
    expect(
      within(menu)
        .getAllByRole('menuitemcheckbox')
        .map((item) => item.textContent),
    ).toEqual(['Owner', 'Notes'])
    await userEvent.click(within(menu).getByRole('menuitemcheckbox', { name: 'Notes' }))
    await userEvent.click(within(menu).getByRole('menuitemcheckbox', { name: 'Owner' }))
    expect(within(menu).getByRole('menuitemcheckbox', { name: 'Notes' })).toHaveAttribute('aria-checked', 'true')
    await userEvent.keyboard('{Escape}')
    expect(headers()).toEqual(['Name', 'Notes'])
    unmount()

    render(<Table />)
    expect(headers()).toEqual(['Name', 'Notes'])
  })

  it('"Fit to screen" forgets the choices', async () => {
    localStorage.setItem('hla-compass.columns.test-table', JSON.stringify({ owner: false }))
    render(<Table />)
    expect(headers()).toEqual(['Name'])
    await userEvent.click(screen.getByRole('button', { name: 'Columns (2 hidden)' }))
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Fit to screen' }))
    await userEvent.keyboard('{Escape}')
    expect(headers()).toEqual(['Name', 'Owner'])
    expect(localStorage.getItem('hla-compass.columns.test-table')).toBeNull()
  })

  it('ignores a stored preference it cannot read', () => {
    localStorage.setItem('hla-compass.columns.test-table', '{not json')
    render(<Table />)
    expect(headers()).toEqual(['Name', 'Owner'])
  })
})
