/** One line of a log as the viewer shows it (a LogEvent of api-contract §6 fits). */
export type LogViewerLine = { timestamp: string; level?: string; message: string }

/** Lines whose message contains `query` (case-insensitive), each with its 1-based line number in the whole log. */
export function filterLines(
  lines: readonly LogViewerLine[],
  query: string,
  firstNumber = 1,
): { line: LogViewerLine; number: number }[] {
  const needle = query.trim().toLowerCase()
  const numbered = lines.map((line, i) => ({ line, number: firstNumber + i }))
  return needle ? numbered.filter(({ line }) => line.message.toLowerCase().includes(needle)) : numbered
}

/** `text` cut into plain and matching parts, for highlighting as text (never as HTML). */
export function matchParts(text: string, query: string): { text: string; match: boolean }[] {
  const needle = query.trim().toLowerCase()
  if (!needle) return [{ text, match: false }]
  const lower = text.toLowerCase()
  const parts: { text: string; match: boolean }[] = []
  let from = 0
  for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, from)) {
    if (at > from) parts.push({ text: text.slice(from, at), match: false })
    parts.push({ text: text.slice(at, at + needle.length), match: true })
    from = at + needle.length
  }
  if (from < text.length) parts.push({ text: text.slice(from), match: false })
  return parts
}

/** The log as a plain-text file: one line per event, tab-separated time, level and message. */
export function logAsText(lines: readonly LogViewerLine[]): string {
  return lines.map((line) => `${line.timestamp}\t${line.level ?? ''}\t${line.message}`).join('\n') + '\n'
}
