/**
 * Run-specific noise in log lines (issue 18, item 3): values that differ between two runs doing the same work —
 * timestamps, run ids, request ids, other UUIDs, temporary paths. The log diff compares lines with them masked
 * (`maskLogNoise`), so only real differences remain, and shows them as placeholders or, on request, as they are
 * (`maskedParts`).
 */
export type NoiseKind = 'tmp' | 'request' | 'uuid' | 'time' | 'run'
export type MaskedPart = { text: string; noise?: NoiseKind }

/** What a masked value shows instead of itself. */
export const NOISE_TOKEN: Record<NoiseKind, string> = {
  tmp: '‹tmp›',
  request: '‹request›',
  uuid: '‹uuid›',
  time: '‹time›',
  run: '‹run›',
}

const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)'

/**
 * In priority order: where two could match at the same place, the first wins (a UUID inside a temporary path is
 * part of the path; the value after "request id" is a request id even when it is a UUID).
 */
const PATTERNS: [NoiseKind, string][] = [
  // /tmp/…, /var/tmp/…, macOS /private/var/folders/…, Windows …\AppData\Local\Temp\…
  ['tmp', String.raw`(?:/private)?/(?:var/)?(?:tmp|folders)/[^\s"'(),;\]]*`],
  ['tmp', String.raw`\b[A-Za-z]:\\(?:[^\\\s"']+\\)*?Temp\\[^\s"']*`],
  // The value after "request id", "x-amz-request-id:", "RequestId=" …; and req-<hex>.
  ['request', String.raw`(?<=\b(?:x-amz-)?request[ _-]?id\s*[:=]?\s*)[A-Za-z0-9][A-Za-z0-9-]{7,}`],
  ['request', String.raw`\breq-[0-9a-f]{6,}\b`],
  ['uuid', String.raw`\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b`],
  // ISO 8601 and its log variants (2026-01-15T12:00:00.123Z, 2026-01-15 12:00:00,123), common log format, syslog, a
  // bare date, a time of day.
  ['time', String.raw`\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d-])`],
  ['time', String.raw`\b\d{2}/${MONTH}/\d{4}:\d{2}:\d{2}:\d{2}(?: [+-]\d{4})?`],
  ['time', String.raw`\b${MONTH} [ \d]\d \d{2}:\d{2}:\d{2}\b`],
  ['time', String.raw`\b\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?\b`],
  // The platform's run ids (run-000398, a step's module run mr-000398-binding) and other run, job or task ids with a digit.
  ['run', String.raw`\bmr-\d{6}-[a-z0-9][a-z0-9-]*`],
  ['run', String.raw`\b(?:run|exec|execution|job|task)[-_](?=[A-Za-z0-9]*\d)[A-Za-z0-9]{6,}\b`],
]

const NOISE = new RegExp(PATTERNS.map(([, source]) => `(${source})`).join('|'), 'gi')
/**
 * What every noise value contains somewhere (a time's or date's digits, a UUID's dashes, a path's or id's word): most
 * lines have none of it and skip the full expression, which tries eleven patterns at every character.
 */
const MAYBE_NOISE = /\d:\d\d|\d-\d\d|[0-9a-f]{4}-[0-9a-f]{4}|tmp|folders|temp|req|run|mr-|exec|job|task/i

/** The line cut into plain text and noise, in order; joined back it is the line. */
export function maskedParts(line: string): MaskedPart[] {
  if (!MAYBE_NOISE.test(line)) return line ? [{ text: line }] : []
  const parts: MaskedPart[] = []
  let at = 0
  for (const match of line.matchAll(NOISE)) {
    const group = match.findIndex((value, i) => i > 0 && value !== undefined)
    if (match.index > at) parts.push({ text: line.slice(at, match.index) })
    parts.push({ text: match[0], noise: PATTERNS[group - 1]![0] })
    at = match.index + match[0].length
  }
  if (at < line.length) parts.push({ text: line.slice(at) })
  return parts
}

/** The line with each noise value replaced by its placeholder: what the log diff compares. */
export function maskLogNoise(line: string): string {
  return maskedParts(line)
    .map((part) => (part.noise ? NOISE_TOKEN[part.noise] : part.text))
    .join('')
}
