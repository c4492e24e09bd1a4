import type { IntakeStep } from '@/shared/contract/modules'
import { remediationFor } from './remediation'

const step = (key: string, status: string): IntakeStep => ({
  key,
  status,
  startedAt: null,
  finishedAt: null,
  message: '',
})

describe('remediationFor', () => {
  it('tells a developer to fix the findings, rebuild, push a new tag and resubmit after SECURITY_SCAN_FAILED', () => {
    const advice = remediationFor('SECURITY_SCAN_FAILED')
    expect(advice.title).toMatch(/HIGH or CRITICAL/)
    expect(advice.steps.join(' ')).toMatch(/Fix the HIGH\/CRITICAL findings/)
    expect(advice.steps.join(' ')).toMatch(/push it under a new tag and resubmit/)
  })

  it('has advice for the other intake failure codes of the contract', () => {
    expect(remediationFor('REGISTRY_UNAUTHORIZED').steps.join(' ')).toMatch(/registry namespace/)
    expect(remediationFor('INVALID_IMAGE_REFERENCE').steps.join(' ')).toMatch(/registry\/namespace\/name:tag/)
    expect(remediationFor('VALIDATION_FAILED').title).toMatch(/manifest/)
  })

  it('falls back to the failed step when the code is missing or unknown', () => {
    expect(remediationFor(undefined, [step('digest', 'passed'), step('policy', 'failed')]).title).toMatch(/policy/)
    expect(remediationFor('SOMETHING_NEW', [step('ui', 'failed')]).title).toMatch(/UI bundle/)
  })

  it('gives generic advice when nothing is known', () => {
    expect(remediationFor('SOMETHING_NEW', [step('digest', 'passed')]).title).toBe('Intake rejected this version')
  })
})
