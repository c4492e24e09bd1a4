import { useQuery } from '@tanstack/react-query'
import type { ModuleRun } from '@/shared/contract/moduleRuns'
import { ModuleUiPanel } from '@/shared/module-host/ModuleUiPanel'
import { SectionCard } from '@/shared/ui/SectionCard'
import { isActiveRun, moduleRunQueries } from '@/shared/entities/moduleRuns'

/**
 * A with-ui module's own view of this run (module-ui-contract §2: runId, inputData = the parameters, results once
 * finished); nothing for a no-ui module. The run itself goes along: a UI-only run is the UI's to complete.
 */
export function RunModuleUi({ run }: { run: ModuleRun }) {
  const finished = !isActiveRun(run.status)
  const result = useQuery({ ...moduleRunQueries.result(run.runId), enabled: finished })
  return (
    <ModuleUiPanel
      moduleId={run.moduleId}
      version={run.moduleVersion}
      runId={run.runId}
      run={run}
      inputData={run.parameters}
      results={result.data}
      wrap={(content) => <SectionCard title="Module UI">{content}</SectionCard>}
    />
  )
}
