/**
 * How an artifact is previewed (issue 18): as a table, text, a JSON tree, rendered Markdown, HTML in a sandboxed frame,
 * an image, or — anything else — its facts and a download. Decided by the declared content type; the file name's
 * extension only where the type says nothing (`application/octet-stream`, none). The bytes themselves are never sniffed.
 */
export type PreviewKind = 'tsv' | 'csv' | 'json' | 'markdown' | 'html' | 'image' | 'svg' | 'text' | 'binary'

const BY_TYPE: Record<string, PreviewKind> = {
  'text/tab-separated-values': 'tsv',
  'text/tsv': 'tsv',
  'text/csv': 'csv',
  'application/csv': 'csv',
  'application/json': 'json',
  'text/json': 'json',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'image/png': 'image',
  'image/jpeg': 'image',
  'image/gif': 'image',
  'image/webp': 'image',
  'image/svg+xml': 'svg',
  'application/xml': 'text',
  'application/yaml': 'text',
  'application/x-yaml': 'text',
  'application/x-ndjson': 'text',
}

const BY_EXTENSION: Record<string, PreviewKind> = {
  tsv: 'tsv',
  tab: 'tsv',
  csv: 'csv',
  json: 'json',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  png: 'image',
  jpg: 'image',
  jpeg: 'image',
  gif: 'image',
  webp: 'image',
  svg: 'svg',
  txt: 'text',
  log: 'text',
  fasta: 'text',
  fa: 'text',
  vcf: 'text',
  yaml: 'text',
  yml: 'text',
  xml: 'text',
}

/** The media type without parameters, lower case: `Text/CSV; charset=utf-8` → `text/csv`. */
export const mediaTypeOf = (contentType: string): string => contentType.split(';')[0]!.trim().toLowerCase()

export function previewKindOf({ name, contentType }: { name: string; contentType: string }): PreviewKind {
  const type = mediaTypeOf(contentType)
  const known = BY_TYPE[type] ?? (type.endsWith('+json') ? 'json' : undefined)
  if (known) return known
  if (type.startsWith('text/')) return 'text'
  if (type !== '' && type !== 'application/octet-stream' && type !== 'binary/octet-stream') return 'binary'
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase()
  return (extension && BY_EXTENSION[extension]) || 'binary'
}

/** Kinds whose content is text, and so can be compared line by line. */
export const isTextKind = (kind: PreviewKind): boolean => kind !== 'image' && kind !== 'binary'
