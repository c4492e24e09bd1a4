import type { Module } from '@/shared/contract/modules'

export type RunMode = 'interactive' | 'async'
export const MODE_LABELS: Record<RunMode, string> = {
  async: 'Async: queue it and come back for the result',
  interactive: 'Interactive: start now and follow it live',
}

/** The modes the manifest's `execution.modes` offers a person (workflow mode is for Step Functions only). */
export function runModesOf(module: Module): RunMode[] {
  const execution = module.manifest.execution as { modes?: unknown } | undefined
  const declared = Array.isArray(execution?.modes) ? execution.modes : ['async', 'interactive']
  return (['async', 'interactive'] as const).filter((mode) => declared.includes(mode))
}
