import { http } from '../runtime/http'
import { notFound, withApi } from '../runtime/api'
import { api } from '../runtime/route'

/**
 * The platform demo has nothing at the API root (`GET ${API_BASE}/`): a 404 in the canonical envelope, so the
 * console's probe for a devkit API (issue 13), which names itself there, learns that this is not one.
 */
export const rootHandlers = [
  http.get(
    api('/'),
    withApi(
      'serviceInfo',
      () => {
        throw notFound('The API root')
      },
      { auth: false },
    ),
  ),
]
