import {
  HttpHandler,
  HttpMethods,
  matchRequestUrl,
  type DefaultBodyType,
  type HttpResponseResolver,
  type Path,
  type PathParams,
} from 'msw'

/**
 * MSW's handler, minus the cookies. For every handler it tries (about forty per request here) MSW reads and parses
 * `document.cookie`; the demo API authenticates with bearer tokens and never looks at cookies, and that parsing was a
 * tenth of the time a 10-run comparison takes to render in demo mode. Paths are matched exactly as MSW does.
 */
class CookielessHttpHandler extends HttpHandler {
  override async parse(args: Parameters<HttpHandler['parse']>[0]) {
    const url = new URL(args.request.url)
    const match = matchRequestUrl(url, this.info.path as Path, args.resolutionContext?.baseUrl)
    return { match, cookies: {} }
  }
}

type Resolver<Params extends PathParams> = HttpResponseResolver<Params, DefaultBodyType, DefaultBodyType>

const handlerFor =
  (method: HttpMethods | RegExp) =>
  <Params extends PathParams = PathParams>(path: Path, resolver: Resolver<Params>) =>
    new CookielessHttpHandler(method, path, resolver as HttpResponseResolver)

/** `http.get(path, resolver)` and friends, as in MSW, for the demo backend's handlers. */
export const http = {
  get: handlerFor(HttpMethods.GET),
  post: handlerFor(HttpMethods.POST),
  put: handlerFor(HttpMethods.PUT),
  patch: handlerFor(HttpMethods.PATCH),
  delete: handlerFor(HttpMethods.DELETE),
  /** Any method, as MSW's `http.all` (the devkit scenario routes for itself). */
  all: handlerFor(/.+/),
}
