import type { JsonObject } from '@/shared/contract/primitives'

export type ParsedInputs = { ok: true; value: JsonObject } | { ok: false; message: string }

/** Line and column of a character offset, both from 1. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset).split('\n')
  return `line ${before.length}, column ${before.at(-1)!.length + 1}`
}

/**
 * The run inputs as typed in "Run with changes": a JSON object, or a message saying where the text stops being one
 * (the browser's parser names a character offset; people read lines).
 */
export function parseInputs(text: string): ParsedInputs {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const position = /position (\d+)/.exec(message)
    const where = position ? ` (${lineAndColumn(text, Number(position[1]))})` : ''
    return { ok: false, message: `This is not valid JSON${where}: ${message.replace(/ in JSON at position \d+.*$/, '')}.` }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, message: 'The inputs are a JSON object: { "name": value, … }.' }
  return { ok: true, value: value as JsonObject }
}

/** The inputs as the editor starts: two-space indented JSON. */
export const inputsText = (inputs: JsonObject): string => JSON.stringify(inputs, null, 2)
