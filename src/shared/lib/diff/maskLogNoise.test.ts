import { maskedParts, maskLogNoise } from './maskLogNoise'

describe('maskLogNoise', () => {
  it('masks ISO 8601 timestamps and their log variants', () => {
    expect(maskLogNoise('Inputs staged at 2026-01-09T04:06:45.358Z (ok)')).toBe('Inputs staged at ‹time› (ok)')
    expect(maskLogNoise('at 2026-01-09T04:06:45+01:00 and 2026-01-09 04:06:45,123')).toBe('at ‹time› and ‹time›')
    expect(maskLogNoise('2026-01-09T04:06Z start')).toBe('‹time› start')
    expect(maskLogNoise('written on 2026-01-09')).toBe('written on ‹time›')
  })

  it('masks other timestamps: common log format, syslog, a time of day', () => {
    expect(maskLogNoise('GET /x [09/Jan/2026:04:06:45 +0000] 200')).toBe('GET /x [‹time›] 200')
    expect(maskLogNoise('Jan  9 04:06:45 worker-3 started')).toBe('‹time› worker-3 started')
    expect(maskLogNoise('took until 04:06:45.120 today')).toBe('took until ‹time› today')
  })

  it('masks run ids, a step’s module-run id and job ids with a digit', () => {
    expect(maskLogNoise('Execution run-000398, step binding')).toBe('Execution ‹run›, step binding')
    expect(maskLogNoise('Heartbeat from run-000398/binding')).toBe('Heartbeat from ‹run›/binding')
    expect(maskLogNoise('module run mr-000398-binding done')).toBe('module run ‹run› done')
    expect(maskLogNoise('arn:aws:states:eu-central-1:123456789012:execution:sm:run-000398')).toBe(
      'arn:aws:states:eu-central-1:123456789012:execution:sm:‹run›',
    )
    expect(maskLogNoise('AWS Batch job_8f3a2c1d queued')).toBe('AWS Batch ‹run› queued')
    // Words are not ids: no digit, or too short.
    expect(maskLogNoise('run-summary written by task-a')).toBe('run-summary written by task-a')
  })

  it('masks request ids after their name, req- ids, and any other UUID', () => {
    expect(maskLogNoise('(x-amz-request-id: 56F656A2315D2360)')).toBe('(x-amz-request-id: ‹request›)')
    expect(maskLogNoise('request id b8e3a7d1-91e1-4aa5-acab-f08bc16aedc8')).toBe('request id ‹request›')
    expect(maskLogNoise('RequestId=0aa26e0e-411b-48a9-a6f0-b27c1251c43c done')).toBe('RequestId=‹request› done')
    expect(maskLogNoise('got req-9f2b3c4d')).toBe('got ‹request›')
    expect(maskLogNoise('token 3f2a1b4c-0d9e-4f8a-b7c6-1e2d3c4b5a69 expired')).toBe('token ‹uuid› expired')
  })

  it('masks temporary paths whole, whatever they contain', () => {
    expect(maskLogNoise('Working directory /tmp/hla-compass-82c620f9/binding')).toBe('Working directory ‹tmp›')
    expect(maskLogNoise('workdir="/tmp/hla-compass-c6b95ee6/binding")')).toBe('workdir="‹tmp›")')
    expect(maskLogNoise('cache /var/tmp/run-000398/x.tsv, then')).toBe('cache ‹tmp›, then')
    expect(maskLogNoise('at /private/var/folders/zz/T/abc')).toBe('at ‹tmp›')
    expect(maskLogNoise(String.raw`C:\Users\ana\AppData\Local\Temp\hc-1\in.tsv`)).toBe('‹tmp›')
    // Paths that are not temporary stay.
    expect(maskLogNoise('File "/opt/hla-compass/module/main.py", line 148')).toBe(
      'File "/opt/hla-compass/module/main.py", line 148',
    )
  })

  it('leaves real content alone: counts, versions, digests, allele names', () => {
    const line = 'Scored 1,098 / 15,374 pairs (7 %) with netmhcpan 4.1b sha256:a221a7617275 for HLA-A*02:01'
    expect(maskLogNoise(line)).toBe(line)
  })

  it('cuts a line into parts that join back to it, each noise part named', () => {
    const line = 'Execution run-000398, step binding: request id b8e3a7d1-91e1-4aa5-acab-f08bc16aedc8'
    const parts = maskedParts(line)
    expect(parts.map((part) => part.text).join('')).toBe(line)
    expect(parts.filter((part) => part.noise).map((part) => part.noise)).toEqual(['run', 'request'])
    expect(maskedParts('nothing to mask')).toEqual([{ text: 'nothing to mask' }])
  })
})
