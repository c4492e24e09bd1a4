import { z } from 'zod'
import { resetDemo } from '../../../mocks/testing'
import { ModulePage } from '@/shared/contract/modules'
import { ModuleRun, ModuleRunPage } from '@/shared/contract/moduleRuns'
import { apiPaths } from '@/shared/contract/paths'
import { errorTitle } from '@/shared/ui/errorText'
import { http } from './http'
import { failureOf, signedInWithRecordedSleeps } from '@/test/httpTesting'

const sleeps = signedInWithRecordedSleeps()
beforeEach(() => resetDemo('devkit'))

const write = (path: string, body: unknown) =>
  http(path, z.unknown(), { method: 'POST', body, idempotencyKey: crypto.randomUUID() })

describe('http() against the devkit API', () => {
  it('reads {"detail": text} as the error, with the X-Correlation-ID as request id', async () => {
    const error = await failureOf(http(apiPaths.moduleRun('devkit-run-deadbeef'), ModuleRun))
    expect(error).toMatchObject({ status: 404, code: 'NOT_FOUND', message: 'Run not found' })
    expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/)
    expect(errorTitle(error.code, error.status)).toBe('Not found')
  })

  it('reads the 422 detail list as field errors', async () => {
    const error = await failureOf(http(`${apiPaths.modules()}?limit=ten`, ModulePage))
    expect(error).toMatchObject({ status: 422, code: 'VALIDATION_FAILED' })
    expect(error.fieldErrors).toEqual([
      { field: 'limit', message: 'Input should be a valid integer, unable to parse string as an integer' },
    ])
    const missing = await failureOf(write(apiPaths.moduleRuns(), { parameters: {} }))
    expect(missing.fieldErrors).toEqual([{ field: 'moduleId', message: 'Field required' }])
  })

  it('reads {"error", "type"} by its status, since an exception name is no error code', async () => {
    const refused = await failureOf(write(apiPaths.devkitModules(), { name: 'x' }))
    expect(refused).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      message: "Manifest must include 'name' and 'version'",
    })
    await write('/__demo/fail-next', { endpoint: 'moduleRuns', status: 500, times: 4 })
    const crashed = await failureOf(write(apiPaths.moduleRuns(), { moduleId: 'local-devkit-example' }))
    expect(crashed).toMatchObject({ status: 500, code: 'INTERNAL', message: 'Internal server error' })
  })

  it('calls a 405 NOT_SUPPORTED, naming the call, and does not retry it', async () => {
    const error = await failureOf(http(`${apiPaths.moduleRuns()}?page=1&limit=20`, ModuleRunPage))
    expect(error).toMatchObject({
      status: 405,
      code: 'NOT_SUPPORTED',
      message: 'This API does not offer GET /v1/module-runs.',
    })
    expect(error.isTransient).toBe(false)
    expect(sleeps).toEqual([])
    expect(errorTitle(error.code, error.status)).toBe('This API does not offer this')
    await write('/__demo/fail-next', { endpoint: 'moduleRun', status: 501 })
    const notImplemented = await failureOf(http(apiPaths.moduleRun('devkit-run-deadbeef'), ModuleRun))
    expect(notImplemented).toMatchObject({
      status: 501,
      code: 'NOT_SUPPORTED',
      message: 'This API does not offer GET /v1/module-runs/devkit-run-deadbeef.',
    })
    expect(sleeps).toEqual([])
  })

  it('reads the manifest list and a run of the devkit with the console schemas', async () => {
    const page = await http(apiPaths.modules(), ModulePage)
    expect(page).toMatchObject({ total: null, items: [{ id: 'local-devkit-example', currentVersion: '0.1.0' }] })
    const started = await http(apiPaths.moduleRuns(), ModuleRun, {
      method: 'POST',
      body: { moduleId: 'local-devkit-example', parameters: {}, mode: 'interactive' },
      idempotencyKey: crypto.randomUUID(),
    })
    expect(started).toMatchObject({ moduleName: 'local-devkit-example', status: 'completed' })
    await expect(http(apiPaths.moduleRun(started.runId), ModuleRun)).resolves.toEqual(started)
  })
})
