import { ARTIFACT_PREVIEW_BYTES, type Artifact } from '../../src/shared/contract/artifacts'
import { API_BASE } from '../../src/shared/contract/apiBase'
import { ErrorEnvelope } from '../../src/shared/contract/errors'
import { apiPaths, withQuery } from '../../src/shared/contract/paths'
import { WorkflowRun } from '../../src/shared/contract/workflows'
import { issueTokens } from '../runtime/tokens'
import { AS, callApi, expectOk, resetDemo, type As } from '../testing'

// Demo fixtures: run-000020 succeeded; run-000034 ran the same samples and failed in binding prediction; run-000417's
// report step also wrote the malformed debug/ files.
async function run(runId: string, as: As = AS.jonas) {
  return expectOk(WorkflowRun, await callApi(as, apiPaths.workflowRun(runId)))
}

async function artifact(runId: string, name: string): Promise<Artifact> {
  const found = (await run(runId)).steps.flatMap((step) => step.artifacts).find((a) => a.name === name)
  if (!found) throw new Error(`${name} is not an artifact of ${runId}`)
  return found
}

async function content(runId: string, uri: string, { as = AS.jonas, range }: { as?: As; range?: string } = {}) {
  const headers: Record<string, string> = { Authorization: `Bearer ${issueTokens(as[0], as[1]).access_token}` }
  if (range) headers.Range = range
  const path = withQuery(apiPaths.workflowRunArtifactContent(runId), { uri })
  const response = await fetch(`${API_BASE}${path}`, { headers })
  const bytes = new Uint8Array(await response.arrayBuffer())
  return { status: response.status, headers: response.headers, bytes, text: new TextDecoder().decode(bytes) }
}

const FIRST_MIB = `bytes=0-${ARTIFACT_PREVIEW_BYTES - 1}`

describe('artifact contents', () => {
  beforeEach(() => resetDemo())

  it('answers a range with 206, the bytes asked for and the whole size', async () => {
    const peptides = await artifact('run-000034', 'peptides.tsv')
    expect(peptides.sizeBytes).toBeGreaterThan(ARTIFACT_PREVIEW_BYTES)
    const answer = await content('run-000034', peptides.uri, { range: FIRST_MIB })
    expect(answer.status).toBe(206)
    expect(answer.headers.get('Content-Range')).toBe(`bytes 0-${ARTIFACT_PREVIEW_BYTES - 1}/${peptides.sizeBytes}`)
    expect(answer.headers.get('Content-Type')).toBe('text/tab-separated-values')
    expect(answer.bytes.length).toBe(ARTIFACT_PREVIEW_BYTES)
    expect(answer.text.split('\n')[0]).toBe('peptide\tlength\tprotein\tgene\tscore\tq_value\tintensity')
  })

  it('answers the whole file without a range, exactly as long as the run says', async () => {
    const detail = await run('run-000020')
    const small = detail.steps.flatMap((step) => step.artifacts).filter((a) => a.sizeBytes < 600_000)
    expect(small.map((a) => a.contentType)).toEqual(
      expect.arrayContaining(['text/tab-separated-values', 'application/json', 'text/markdown', 'image/png', 'image/svg+xml']),
    )
    for (const file of small) {
      const answer = await content('run-000020', file.uri)
      expect(answer.status, file.name).toBe(200)
      expect(answer.bytes.length, file.name).toBe(file.sizeBytes)
      if (file.contentType === 'application/json') expect(() => JSON.parse(answer.text), file.name).not.toThrow()
      if (file.contentType === 'image/png') expect([...answer.bytes.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47])
      if (file.contentType === 'image/svg+xml') expect(answer.text).toMatch(/^<svg [^]*<\/svg>\n$/)
    }
  })

  it('serves the end of a large binary by a suffix range, its format’s magic included', async () => {
    const parquet = await artifact('run-000020', 'psms.parquet')
    const answer = await content('run-000020', parquet.uri, { range: 'bytes=-8' })
    expect(answer.status).toBe(206)
    expect(answer.headers.get('Content-Range')).toBe(
      `bytes ${parquet.sizeBytes - 8}-${parquet.sizeBytes - 1}/${parquet.sizeBytes}`,
    )
    expect(answer.text.slice(4)).toBe('PAR1')
  })

  it('gives identical bytes for identical checksums, and a few changed rows for a file overwritten by another run', async () => {
    const [typingA, typingB] = [await artifact('run-000020', 'hla_types.tsv'), await artifact('run-000034', 'hla_types.tsv')]
    expect(typingA.checksum).toBe(typingB.checksum)
    expect((await content('run-000020', typingA.uri)).text).toBe((await content('run-000034', typingB.uri)).text)

    const [qcA, qcB] = [
      await artifact('run-000020', 'latest/length_qc.tsv'),
      await artifact('run-000034', 'latest/length_qc.tsv'),
    ]
    expect(qcA.uri).toBe(qcB.uri)
    expect(qcA.checksum).not.toBe(qcB.checksum)
    const linesA = (await content('run-000020', qcA.uri)).text.split('\n')
    const linesB = new Set((await content('run-000034', qcB.uri)).text.split('\n'))
    const shared = linesA.filter((line) => linesB.has(line)).length
    expect(shared).toBeGreaterThan(linesA.length / 2)
    expect(shared).toBeLessThan(linesA.length)
  })

  it('answers 416 past the end, and the whole of an empty file (nothing) to any range', async () => {
    const typing = await artifact('run-000020', 'hla_types.tsv')
    const refused = await content('run-000020', typing.uri, { range: `bytes=${typing.sizeBytes}-` })
    expect(refused.status).toBe(416)
    expect(refused.headers.get('Content-Range')).toBe(`bytes */${typing.sizeBytes}`)
    const empty = await artifact('run-000417', 'debug/empty.tsv')
    const whole = await content('run-000417', empty.uri, { range: FIRST_MIB })
    expect([whole.status, whole.bytes.length]).toEqual([200, 0])
    const invalid = await artifact('run-000417', 'debug/invalid.json')
    const invalidText = (await content('run-000417', invalid.uri)).text
    expect(() => JSON.parse(invalidText)).toThrow()
  })

  it('lets every member read their organization’s runs, and answers 404 to anyone else and for any other URI', async () => {
    const typing = await artifact('run-000020', 'hla_types.tsv')
    for (const as of [AS.tomas, AS.mei, AS.jonas, AS.priya])
      expect((await content('run-000020', typing.uri, { as, range: FIRST_MIB })).status).toBe(206)
    const other = await content('run-000020', typing.uri, { as: AS.amaraNorthwind })
    expect(other.status).toBe(404)
    const stranger = await content('run-000020', 's3://hla-compass-demo-data/raw/secret.raw')
    expect(stranger.status).toBe(404)
    expect(ErrorEnvelope.parse(JSON.parse(stranger.text)).error.code).toBe('NOT_FOUND')
    const unnamed = await callApi(AS.jonas, apiPaths.workflowRunArtifactContent('run-000020'))
    expect(unnamed.status).toBe(422)
  })

  it('serves a step’s files through its module run with the same bytes', async () => {
    const report = await artifact('run-000020', 'latest/run.json')
    const path = withQuery(apiPaths.moduleRunArtifactContent('mr-000020-hla-typing'), { uri: report.uri })
    const token = issueTokens(AS.jonas[0], AS.jonas[1]).access_token
    const viaModuleRun = await fetch(`${API_BASE}${path}`, { headers: { Authorization: `Bearer ${token}` } })
    expect(await viaModuleRun.text()).toBe((await content('run-000020', report.uri)).text)
  })

  it('in the xss scenario accepts the seeded URI and serves hostile contents, untouched by the JSON seeding', async () => {
    resetDemo('xss')
    const runBody = (await callApi(AS.jonas, apiPaths.workflowRun('run-000020'))).json
    const seeded = WorkflowRun.parse(runBody).steps.flatMap((step) => step.artifacts)
    const json = seeded.find((a) => a.contentType === 'application/json')!
    expect(json.uri).toContain('«xss:artifact.uri:')
    const answer = await content('run-000020', json.uri)
    expect(answer.status).toBe(200)
    expect(JSON.parse(answer.text)).toMatchObject({ link: expect.stringMatching(/^javascript:/) })
    expect(answer.text).toContain('«xss:content.json»')
  })
})
