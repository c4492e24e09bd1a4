import { http } from '../runtime/http'
import { json } from '../runtime/api'
import { route } from '../runtime/route'
import { DemoServiceInfo } from '../../src/shared/contract/demo'

/**
 * The API root (`GET ${API_BASE}/`) of the platform demo names the demo, so the console's probe for a devkit API
 * (issue 13) learns at once that this is not one. It bypasses `withApi` on purpose: the probe runs on every sign-in
 * page and must not shift the scenarios' call counts (`flaky`) or meet their failures.
 */
export const rootHandlers = [http.get(route('serviceInfo'), () => json(DemoServiceInfo, { service: 'hla-compass-console-demo' }))]
