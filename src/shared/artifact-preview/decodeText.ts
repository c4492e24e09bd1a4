/** Text of an artifact's bytes and what was wrong with them. */
export type DecodedText = {
  text: string
  /** Bytes that are not UTF-8 were found; they are shown as U+FFFD (�). */
  invalidBytes: boolean
}

/**
 * Decodes UTF-8 (a byte-order mark is dropped). When the bytes are only the start of the file (`cut`), a character cut
 * in half at the end is left out rather than shown as �; any other byte that is not UTF-8 is replaced and reported.
 */
export function decodeText(bytes: Uint8Array, cut: boolean): DecodedText {
  try {
    // `stream` holds back an incomplete sequence at the end instead of calling it an error.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: cut }), invalidBytes: false }
  } catch {
    return { text: new TextDecoder('utf-8').decode(bytes, { stream: cut }), invalidBytes: true }
  }
}

/** The text's lines without their line breaks (`\n` or `\r\n`); a final line break makes no empty last line. */
export function splitLines(text: string): string[] {
  if (text === '') return []
  const lines = text.split(/\r?\n/)
  if (lines[lines.length - 1] === '') lines.pop()
  return lines
}
