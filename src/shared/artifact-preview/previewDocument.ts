/**
 * What the HTML preview's frame may do (issue 18): load nothing from anywhere (images only from `data:`), keep the
 * document's own inline styles, and submit nothing. The frame's `sandbox` already stops scripts, forms, popups and
 * top navigation; this policy, first in the document, stops remote loads as well.
 */
export const PREVIEW_POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'"

/** Elements that run, embed, fetch or redirect: removed before the document reaches the frame. */
const REMOVED = 'script, noscript, iframe, frame, frameset, object, embed, applet, portal, base, link, meta, template'
/** Attributes that name a URL to load or go to; only a `data:image/` source is kept (an inline picture). */
const URL_ATTRIBUTES = new Set([
  'href',
  'xlink:href',
  'src',
  'srcset',
  'action',
  'formaction',
  'poster',
  'background',
  'data',
  'ping',
  'cite',
])

/**
 * An untrusted HTML file made into the `srcdoc` of a sandboxed frame: parsed as an inert document (DOMParser runs no
 * script and loads nothing), stripped of what could run, embed, navigate or fetch, and prefixed with
 * `PREVIEW_POLICY`. Belt and braces: the sandbox and the policy hold even if something slips through here.
 */
export function previewDocument(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html')
  doc.querySelectorAll(REMOVED).forEach((element) => element.remove())
  for (const element of doc.querySelectorAll('*')) {
    for (const { name, value } of [...element.attributes]) {
      const lower = name.toLowerCase()
      const isUrl = URL_ATTRIBUTES.has(lower) && !(lower === 'src' && /^\s*data:image\/(png|jpeg|gif|webp);/i.test(value))
      if (lower.startsWith('on') || isUrl) element.removeAttribute(name)
    }
  }
  const policy = `<meta http-equiv="Content-Security-Policy" content="${PREVIEW_POLICY}">`
  return `<!doctype html><html><head>${policy}<meta charset="utf-8">${doc.head.innerHTML}</head><body>${doc.body.innerHTML}</body></html>`
}
