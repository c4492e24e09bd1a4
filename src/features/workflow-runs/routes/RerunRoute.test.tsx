import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { setHttpSleep } from '@/shared/api/http'
import { renderRoute } from '@/test/renderRoute'

beforeEach(() => setHttpSleep(async () => undefined))

const WF = '/workflows/wf-immunopeptidomics-discovery'
const RERUN = `${WF}/runs/run-000398/rerun`
const editor = () => screen.getByRole('textbox', { name: 'Inputs (JSON)' })

/** Replaces one JSON value in the editor, as a person editing the text would. */
async function edit(from: RegExp, to: string) {
  const text = (editor() as HTMLTextAreaElement).value.replace(from, to)
  await userEvent.clear(editor())
  await userEvent.click(editor())
  await userEvent.paste(text)
}

describe('Run with changes', () => {
  it('starts from the run’s inputs, shows the changes as a diff before submit, and keeps typed values on a refusal', async () => {
    const { router } = renderRoute(RERUN, { as: 'scientist' })
    expect(await screen.findByRole('heading', { name: 'Run with changes', level: 1 })).toBeInTheDocument()
    expect((editor() as HTMLTextAreaElement).value).toContain('"rankEL": ')
    expect(screen.getByText('The inputs are identical.')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Start run (no changes)' })).toBeEnabled()

    await edit(/"rankEL": [\d.]+/, '"rankEL": 0.5')
    const changes = await screen.findByRole('table', { name: 'Changes to the inputs' })
    expect(
      within(changes)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['thresholds.rankEL'])
    expect(within(changes).getByRole('row', { name: /thresholds\.rankEL/ })).toHaveTextContent('0.5changed')
    expect(screen.getByText('1 value differs from the inputs of run-000398')).toBeInTheDocument()

    // Not JSON: said where, and nothing can start.
    await edit(/"rankEL": 0.5/, '"rankEL": 0.5,,')
    expect(await screen.findByText(/^This is not valid JSON \(line \d+, column \d+\)/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: /^Start run/ })).toBeDisabled()

    // The server refuses a value: named with its field, the text stays as typed.
    await edit(/"rankEL": 0.5,,/, '"rankEL": 0.5')
    await edit(/"fdr": [\d.]+/, '"fdr": 0.5')
    await userEvent.click(await screen.findByRole('button', { name: 'Start run with 2 changes' }))
    expect(await screen.findByText('inputs.thresholds.fdr: Use a number from 0.0001 to 0.1.')).toBeInTheDocument()
    expect((editor() as HTMLTextAreaElement).value).toContain('"fdr": 0.5')

    await edit(/"fdr": 0.5/, '"fdr": 0.05')
    await userEvent.click(await screen.findByRole('button', { name: 'Start run with 2 changes' }))
    expect(await screen.findByRole('heading', { name: 'run-900001', level: 1 })).toBeInTheDocument()
    expect(router.state.location.pathname).toBe(`${WF}/runs/run-900001`)
    expect(await screen.findByRole('region', { name: 'Run family' })).toHaveTextContent(
      'Re-run of run-000398 with changed inputs',
    )
  })

  it('reaches the form from the run page, and resets to the original inputs', async () => {
    const { router } = renderRoute(`${WF}/runs/run-000398`, { as: 'scientist' })
    await userEvent.click(await screen.findByRole('link', { name: 'Run with changes' }))
    await screen.findByRole('textbox', { name: 'Inputs (JSON)' })
    expect(router.state.location.pathname).toBe(RERUN)
    await edit(/"cohort": "[^"]+"/, '"cohort": "cohort-z"')
    expect(await screen.findByRole('button', { name: 'Start run with 1 change' })).toBeInTheDocument()
    await userEvent.click(screen.getByRole('button', { name: 'Reset to the original inputs' }))
    expect(await screen.findByRole('button', { name: 'Start run (no changes)' })).toBeInTheDocument()
  })
})
