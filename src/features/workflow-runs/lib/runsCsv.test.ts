import type { WorkflowRunSummary } from '@/shared/contract/workflows'
import { csvField, RUN_CSV_HEADER, toCsv } from './runsCsv'

const run = (overrides: Partial<WorkflowRunSummary> = {}): WorkflowRunSummary => ({
  id: 'run-000123',
  workflowId: 'wf-1',
  status: 'FAILED',
  startedAt: '2025-01-02T03:04:05.000Z',
  finishedAt: '2025-01-02T04:04:05.000Z',
  durationMs: 3_600_000,
  triggeredBy: { userId: 'usr-0004', name: 'Ana Pérez' },
  creditsAct: 12.5,
  stepCounts: { completed: 3, failed: 1, running: 0, pending: 2, cancelled: 0, skipped: 1 },
  executionArn: 'arn:aws:states:eu-central-1:123:execution:wf:run-000123',
  region: 'eu-central-1',
  tags: ['nightly', 'hla-a'],
  ...overrides,
})

describe('csvField', () => {
  it('leaves plain text and numbers as they are', () => {
    expect(csvField('plain text')).toBe('plain text')
    expect(csvField(42.5)).toBe('42.5')
    expect(csvField(undefined)).toBe('')
    expect(csvField(null)).toBe('')
  })

  it('quotes fields with a comma, quote or line break and doubles the quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
    expect(csvField('cr\rlf')).toBe('"cr\rlf"')
  })

  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`)
    expect(csvField('+1')).toBe("'+1")
    expect(csvField('-2')).toBe("'-2")
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvField('\tcmd')).toBe("'\tcmd")
    expect(csvField('a=b')).toBe('a=b')
  })
})

describe('toCsv', () => {
  it('writes the header and one line per run with every column', () => {
    const text = toCsv([run()])
    expect(text).toBe(
      `${RUN_CSV_HEADER}\r\n` +
        'run-000123,FAILED,2025-01-02T03:04:05.000Z,2025-01-02T04:04:05.000Z,3600000,Ana Pérez,usr-0004,12.5,3,1,0,2,0,1,' +
        'arn:aws:states:eu-central-1:123:execution:wf:run-000123,eu-central-1,nightly;hla-a\r\n',
    )
    expect(RUN_CSV_HEADER).toBe(
      'id,status,startedAt,finishedAt,durationMs,triggeredByName,triggeredByUserId,creditsAct,completedSteps,failedSteps,' +
        'runningSteps,pendingSteps,cancelledSteps,skippedSteps,executionArn,region,tags',
    )
  })

  it('leaves the end and duration of a running run empty and escapes user text', () => {
    const line = toCsv([
      run({ finishedAt: undefined, durationMs: undefined, triggeredBy: { userId: 'u', name: '=cmd|"calc"' }, tags: ['a,b'] }),
    ]).split('\r\n')[1]!
    expect(line).toContain(`,,,"'=cmd|""calc""",u,`)
    expect(line.endsWith(',"a,b"')).toBe(true)
  })

  it('writes only the header for no runs', () => {
    expect(toCsv([])).toBe(`${RUN_CSV_HEADER}\r\n`)
  })
})
