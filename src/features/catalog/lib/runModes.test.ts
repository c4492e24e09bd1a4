import type { Module } from '@/shared/contract/modules'
import { runModesOf } from './runModes'

const withModes = (modes: unknown): Module => ({
  id: 'm',
  moduleName: 'm',
  currentVersion: '1.0.0',
  manifest: { execution: { modes } },
})

describe('runModesOf', () => {
  it('offers the manifest’s async and interactive modes, async first, never workflow', () => {
    expect(runModesOf(withModes(['interactive', 'async', 'workflow']))).toEqual(['async', 'interactive'])
    expect(runModesOf(withModes(['async', 'workflow']))).toEqual(['async'])
    expect(runModesOf(withModes(['interactive']))).toEqual(['interactive'])
  })

  it('offers both when the manifest does not say', () => {
    expect(runModesOf({ id: 'm', moduleName: 'm', currentVersion: '1', manifest: {} })).toEqual(['async', 'interactive'])
  })
})
