import path from 'node:path'

/**
 * `zones/import-zones`: import boundaries checked on the resolved path, not on the import string (issue 15, item 4).
 *
 * `no-restricted-imports` matched strings, so `../../other-feature/x` slipped past a rule written for `@/features/*`.
 * Here every relative, `@/` or root-absolute specifier is resolved to a project-relative path and must fall inside
 * what the importing file's zone allows. Bare specifiers (packages, `node:`, `virtual:`) are not the zones' business.
 *
 * Options: `{ root, alias, zones, testAllow }`.
 * - `root`: the project's absolute path; `alias`: `{ '@/': 'src/' }`, prefixes that stand for project paths.
 * - `zones`: `{ target, allow, message }[]`, the first zone whose target holds the linted file applies. A path ending
 *   in `/` is a folder, any other a file (compared without its extension). `:name` stands for one path segment and
 *   binds it: `{ target: 'src/features/:feature/', allow: ['src/features/:feature/'] }` lets a feature import itself.
 * - `testAllow`: paths a `*.test.ts(x)` may import on top of its zone (the test helpers and the demo backend).
 */

const TEST_FILE = /\.test\.[cm]?[jt]sx?$/
const EXTENSION = /\.(d\.ts|[cm]?[jt]sx?)$/

const toPosix = (file) => file.split(path.sep).join('/')
const withoutExtension = (file) => file.replace(EXTENSION, '')

/** Matches `rel` against one zone path; returns the bound `:name` segments, or null. */
export function matchPath(pattern, rel, bound = {}) {
  const isFolder = pattern.endsWith('/')
  const patternParts = (isFolder ? pattern.slice(0, -1) : withoutExtension(pattern)).split('/')
  const relParts = (isFolder ? rel : withoutExtension(rel)).split('/')
  if (isFolder ? relParts.length <= patternParts.length : relParts.length !== patternParts.length) return null
  const binds = { ...bound }
  for (const [index, part] of patternParts.entries()) {
    const actual = relParts[index]
    if (!part.startsWith(':')) {
      if (part !== actual) return null
      continue
    }
    const name = part.slice(1)
    if (name in binds && binds[name] !== actual) return null
    binds[name] = actual
  }
  return binds
}

const listOf = (value) => (Array.isArray(value) ? value : [value])

/** The project-relative path an import specifier points at, or null for a package; `..` above the root stays. */
export function resolveSpecifier(specifier, fromFile, { root, alias = {} }) {
  const bare = specifier.split('?')[0]
  let absolute = null
  const aliasPrefix = Object.keys(alias).find((prefix) => bare.startsWith(prefix))
  if (aliasPrefix) absolute = path.join(root, alias[aliasPrefix], bare.slice(aliasPrefix.length))
  else if (bare.startsWith('./') || bare.startsWith('../') || bare === '.' || bare === '..')
    absolute = path.resolve(path.dirname(fromFile), bare)
  else if (bare.startsWith('/')) absolute = path.join(root, bare)
  return absolute === null ? null : toPosix(path.relative(root, absolute))
}

/** The zone of `rel`, with its bound segments, or null when no zone holds the file. */
export function zoneOf(rel, zones) {
  for (const zone of zones) {
    for (const target of listOf(zone.target)) {
      const bound = matchPath(target, rel)
      if (bound) return { zone, bound }
    }
  }
  return null
}

function isAllowed(targetRel, allow, bound) {
  return allow.some((pattern) => {
    // A folder entry also admits the folder itself (`import x from '.'` inside it).
    if (pattern.endsWith('/') && matchPath(pattern.slice(0, -1), targetRel, bound)) return true
    return matchPath(pattern, targetRel, bound) !== null
  })
}

/** The text of a static import source node, or null for a computed one (`import(name)`). */
function sourceText(node) {
  if (!node) return null
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0].value.cooked
  // typescript-eslint: `import('x')` in a type is a TSImportType whose argument is a TSLiteralType.
  if (node.type === 'TSLiteralType') return sourceText(node.literal)
  return null
}

export const importZones = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports stay inside the zones of the layout (style guide §2), checked on resolved paths.' },
    schema: [
      {
        type: 'object',
        properties: {
          root: { type: 'string' },
          alias: { type: 'object', additionalProperties: { type: 'string' } },
          zones: { type: 'array', items: { type: 'object' } },
          testAllow: { type: 'array', items: { type: 'string' } },
        },
        required: ['root', 'zones'],
        additionalProperties: false,
      },
    ],
    messages: {
      outside: '{{file}} ({{zone}}) may not import {{target}}: {{why}}',
    },
  },
  create(context) {
    const options = context.options[0]
    const file = context.filename
    const rel = toPosix(path.relative(options.root, file))
    const found = zoneOf(rel, options.zones)
    if (!found) return {}
    const { zone, bound } = found
    const allow = [...zone.allow, ...(TEST_FILE.test(file) ? (options.testAllow ?? []) : [])]

    function check(sourceNode) {
      const specifier = sourceText(sourceNode)
      if (specifier === null) return
      const targetRel = resolveSpecifier(specifier, file, options)
      if (targetRel === null || isAllowed(targetRel, allow, bound)) return
      context.report({
        node: sourceNode,
        messageId: 'outside',
        data: { file: rel, zone: listOf(zone.target).join(', '), target: targetRel, why: zone.message },
      })
    }

    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      TSImportType: (node) => check(node.argument ?? node.source),
      TSExternalModuleReference: (node) => check(node.expression),
    }
  },
}

/** The local plugin eslint.config.js loads as `zones`. */
export default { meta: { name: 'zones' }, rules: { 'import-zones': importZones } }
