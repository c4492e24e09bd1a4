/** One problem of a manifest, by the field it is about (`(file)` for the text as a whole). */
export type ManifestProblem = { field: string; message: string }

export type ManifestCheck =
  { ok: true; manifest: Record<string, unknown>; id: string } | { ok: false; problems: ManifestProblem[] }

const MODULE_TYPES = ['no-ui', 'with-ui']

const isObject = (value: unknown): value is Record<string, unknown> =>
  !!value && typeof value === 'object' && !Array.isArray(value)

const nonEmptyText = (value: unknown) => typeof value === 'string' && value.trim() !== ''

/**
 * Checks a manifest before it is sent to `POST /v1/devkit/modules` (issue 13), so that a typo is named by its field
 * here instead of coming back as the stub's one-line 400. What the stub requires (`name`, `version`) is an error, and
 * so is a field of the wrong kind that would break the console's pages (type, id, inputs, ui).
 */
export function checkManifest(text: string): ManifestCheck {
  if (!text.trim()) return { ok: false, problems: [{ field: '(file)', message: 'Paste a manifest or pick manifest.json.' }] }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return { ok: false, problems: [{ field: '(file)', message: `Not valid JSON: ${(error as Error).message}` }] }
  }
  if (!isObject(value)) return { ok: false, problems: [{ field: '(file)', message: 'A manifest is a JSON object ({ … }).' }] }
  const problems: ManifestProblem[] = []
  const need = (field: string, message: string) => problems.push({ field, message })
  if (!nonEmptyText(value.name)) need('name', 'Required: the module’s name (text).')
  if (!nonEmptyText(value.version)) need('version', 'Required: the version being developed, e.g. "0.1.0" (text).')
  if (value.id !== undefined && !nonEmptyText(value.id))
    need('id', 'When given, a non-empty text; without it the id is the name.')
  if (value.type !== undefined && !MODULE_TYPES.includes(value.type as string))
    need('type', `One of ${MODULE_TYPES.map((t) => `"${t}"`).join(', ')}.`)
  if (value.description !== undefined && typeof value.description !== 'string') need('description', 'Text.')
  if (value.inputs !== undefined && !isObject(value.inputs))
    need('inputs', 'An object: a JSON Schema of the parameters, or one entry per input.')
  if (value.ui !== undefined && !isObject(value.ui)) need('ui', 'An object, e.g. { "distPath": "ui/dist" }.')
  if (isObject(value.ui) && value.ui.globals !== undefined && !isTextList(value.ui.globals))
    need('ui.globals', 'A list of runtime packs, e.g. ["antd@5", "icons@6"].')
  if (problems.length) return { ok: false, problems }
  return { ok: true, manifest: value, id: (value.id as string | undefined) ?? (value.name as string) }
}

const isTextList = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string')

/** A with-ui manifest to start from: the form fills it in on request. */
export const EXAMPLE_WITH_UI_MANIFEST = {
  name: 'peptide-viewer',
  version: '0.1.0',
  type: 'with-ui',
  description: 'Shows a cohort’s peptides. Registered from the console to try the devkit flow.',
  author: { name: 'Local developer', email: 'developer@localhost' },
  inputs: {
    type: 'object',
    properties: { title: { type: 'string', title: 'Title' } },
    required: ['title'],
  },
  ui: { distPath: 'ui/dist', globals: ['antd@5', 'icons@6'] },
}
