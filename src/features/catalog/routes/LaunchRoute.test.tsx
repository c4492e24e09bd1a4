import { screen, waitFor, within, act } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http as mock, HttpResponse } from 'msw'
import { setHttpSleep } from '@/shared/api/http'
import { renderRoute } from '@/test/renderRoute'
import { server } from '../../../../mocks/node'

beforeEach(() => setHttpSleep(async () => undefined))

describe('Launch a module', () => {
  it('explains a missing required field on the field, focuses it, then starts the run and opens it', async () => {
    const user = userEvent.setup()
    const { router } = renderRoute('/modules/peptide-length-qc/run', { as: 'scientist' })
    const file = await screen.findByRole('textbox', { name: 'Peptide table' })
    expect(screen.getByRole('textbox', { name: 'Minimum length' })).toHaveValue('8')
    expect(screen.getByRole('checkbox', { name: 'Remove contaminants' })).toBeChecked()
    await user.click(screen.getByRole('button', { name: 'Start run' }))
    expect(await screen.findByText('Required: enter a value.')).toBeInTheDocument()
    expect(file).toHaveFocus()
    expect(file).toHaveAccessibleDescription(/Required: enter a value\./)
    await user.type(file, 'https://not-s3')
    expect(await screen.findByText('Does not match the expected format ^s3://.')).toBeInTheDocument()
    await user.clear(file)
    await user.type(file, 's3://hla-compass-demo-data/cohort-a/JY_rep1/peptides.tsv')
    await user.click(screen.getByRole('button', { name: 'Start run' }))
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/runs\/mr-\d+$/))
  })

  it('keeps what was typed and puts the server’s field errors on the fields when it refuses the parameters', async () => {
    server.use(
      mock.post(
        '/api/v1/module-runs',
        () =>
          HttpResponse.json(
            {
              error: {
                code: 'VALIDATION_FAILED',
                message: 'The parameters do not match the module’s inputs.',
                details: { fields: [{ field: 'parameters.fdr', message: 'Must be at most 0.02 for this plan.' }] },
                requestId: 'req-1',
              },
            },
            { status: 422 },
          ),
        { once: true },
      ),
    )
    const user = userEvent.setup()
    renderRoute('/modules/peptide-length-qc/run', { as: 'developer' })
    const file = await screen.findByRole('textbox', { name: 'Peptide table' })
    await user.type(file, 's3://bucket/peptides.tsv')
    await user.click(screen.getByRole('button', { name: 'Start run' }))
    expect(await screen.findByText('Must be at most 0.02 for this plan.')).toBeInTheDocument()
    expect(screen.getByRole('alert')).toHaveTextContent('The parameters do not match the module’s inputs.')
    expect(file).toHaveValue('s3://bucket/peptides.tsv')
    expect(screen.getByRole('textbox', { name: 'FDR' })).toHaveFocus()
  })

  it('generates lists and multiple choices from array inputs', async () => {
    const user = userEvent.setup()
    const { router } = renderRoute('/modules/netmhcpan-binding/run', { as: 'scientist' })
    const peptides = await screen.findByRole('textbox', { name: 'Peptides' })
    const alleles = screen.getByRole('group', { name: 'Alleles' })
    expect(screen.getByRole('combobox', { name: 'Mode' })).toHaveDisplayValue('EL')
    await user.type(peptides, 'SIINFEKL{Enter}GILGFVFTL')
    await user.click(screen.getByRole('button', { name: 'Start run' }))
    expect(await within(alleles).findByText('Required: choose at least one.')).toBeInTheDocument()
    await user.click(within(alleles).getByRole('checkbox', { name: 'HLA-A*02:01' }))
    await user.click(screen.getByRole('button', { name: 'Start run' }))
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/runs\//))
  })

  it('keeps the form and what was typed when a refresh of the module fails meanwhile (issue 7: nothing lost)', async () => {
    const user = userEvent.setup()
    const { queryClient } = renderRoute('/modules/peptide-length-qc/run', { as: 'scientist' })
    const file = await screen.findByRole('textbox', { name: 'Peptide table' })
    await user.type(file, 's3://bucket/peptides.tsv')
    server.use(
      mock.get('/api/v1/modules/peptide-length-qc', () =>
        HttpResponse.json(
          { error: { code: 'INTERNAL', message: 'The server failed to answer this request.', requestId: 'req-2' } },
          { status: 503 },
        ),
      ),
    )
    await act(() => queryClient.refetchQueries({ queryKey: ['modules', 'peptide-length-qc', 'detail'] }))
    expect(await screen.findByText(/Could not refresh/)).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Peptide table' })).toHaveValue('s3://bucket/peptides.tsv')
    expect(screen.getByRole('button', { name: 'Start run' })).toBeEnabled()
  })

  it('reads the legacy flat form of inputs with its defaults and required fields', async () => {
    renderRoute('/modules/hla-typing-optitype/run', { as: 'scientist' })
    expect(await screen.findByText(/legacy flat form/)).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: /Sample id/ })).toBeRequired()
    expect(screen.getByRole('textbox', { name: 'Enumerate' })).toHaveValue('1')
    expect(screen.getByRole('textbox', { name: 'Beta' })).toHaveValue('0.009')
  })

  it('mounts a with-ui module’s own interface above the parameter form', async () => {
    renderRoute('/modules/immunopeptidome-report/run', { as: 'developer' })
    expect(await screen.findByRole('region', { name: 'Module UI' })).toBeInTheDocument()
    expect(screen.getByText(/Or start a run with its parameters/)).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: /Report title/ })).toBeInTheDocument()
  })

  it('shows no module UI section for a module without one', async () => {
    renderRoute('/modules/peptide-length-qc/run', { as: 'developer' })
    expect(await screen.findByRole('textbox', { name: /Peptide table/ })).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Module UI' })).not.toBeInTheDocument()
  })
})
