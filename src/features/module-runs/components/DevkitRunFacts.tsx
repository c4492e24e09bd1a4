import { Link } from '@mui/material'
import { Link as RouterLink } from 'react-router'
import type { ModuleRun } from '@/shared/contract/moduleRuns'
import { clipText } from '@/shared/lib/clip'
import { paths } from '@/shared/lib/paths'
import { Fact, FactList } from '@/shared/ui/FactList'
import { TimeText } from '@/shared/ui/TimeText'

/**
 * A devkit run's facts (issue 13): the stub records the module, the parameters and when it ran, and nothing of the
 * platform's bookkeeping (no version, worker, credits or log stream), so only what it has is shown.
 */
export function DevkitRunFacts({ run }: { run: ModuleRun }) {
  return (
    <FactList>
      <Fact term="Module">
        <Link component={RouterLink} to={paths.module(run.moduleId)}>
          {clipText(run.moduleName)}
        </Link>
      </Fact>
      <Fact term="Created">
        <TimeText iso={run.createdAt} />
      </Fact>
      <Fact term="Ran on" wide>
        The local devkit API, which answers at once with a stand-in result: it does not start the module's container, so there is
        no log, no credit charge and no artifact.
      </Fact>
    </FactList>
  )
}
