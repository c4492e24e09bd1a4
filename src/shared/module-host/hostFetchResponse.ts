/** What a module's `hostFetch` gets back (module-ui-contract §5): status, content type and body; never a credential. */
export type HostFetchResponse = { status: number; contentType: string; body: unknown }

const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304])

/** The `Response` a module's `hostFetch` (frame or same realm) resolves: the host's status, content type and body. */
export function toHostFetchResponse(reply: HostFetchResponse): Response {
  const status = reply.status >= 200 && reply.status <= 599 ? reply.status : 502
  const contentType = reply.contentType || 'application/json'
  const text =
    reply.body === undefined || NULL_BODY_STATUSES.has(status)
      ? null
      : typeof reply.body === 'string' && !/json/i.test(contentType)
        ? reply.body
        : JSON.stringify(reply.body)
  return new Response(text, { status, headers: { 'content-type': contentType } })
}
