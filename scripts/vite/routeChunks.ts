import { relative } from 'node:path'
import type { Plugin, Rolldown } from 'vite'

type ModuleGraph = {
  getModuleIds(): IterableIterator<string>
  getModuleInfo(
    id: string,
  ): { importedIds: readonly string[]; dynamicallyImportedIds: readonly string[]; dynamicImporters: readonly string[] } | null
}

function staticClosure(graph: ModuleGraph, roots: Iterable<string>, into = new Set<string>()): Set<string> {
  const stack = [...roots]
  while (stack.length) {
    const id = stack.pop()!
    if (into.has(id)) continue
    into.add(id)
    stack.push(...(graph.getModuleInfo(id)?.importedIds ?? []))
  }
  return into
}

type Options = {
  /** The console's entry module (its static imports are the entry chunks). */
  entry: string
  /** The route table: the modules it imports lazily are the route pages. */
  routeTable: string
  /** The layout every signed-in route renders. */
  layout: string
  /** A module that at least this many route pages import (statically, at any depth) goes into the `pages` chunk. */
  minShare: number
}

/**
 * Fewer, larger route chunks (issue 16, decision 014). Left to itself the bundler gives every set of routes that share a
 * module a chunk of its own: a full load of Run History fetched 59 chunks of 1.3 kB on average, six at a time over
 * HTTP/1.1. Two groups, computed from the finished module graph:
 * - `shell`: what the layout imports beyond the entry, in one chunk (every signed-in route renders the layout);
 * - `pages`: what at least `minShare` route pages import (tables, states, chips, fields), in one chunk.
 * A lazily imported module always stays the chunk its import names, so routes, tabs and dialogs keep their own chunks.
 */
export function routeChunks(options: Options): { plugin: Plugin; groups: Rolldown.CodeSplittingGroup[] } {
  const shell = new Set<string>()
  const pages = new Set<string>()
  let root = process.cwd()
  const plugin: Plugin = {
    name: 'hla:route-chunks',
    apply: 'build',
    configResolved(config) {
      root = config.root
    },
    buildEnd() {
      // A watching build runs this again: the sets describe the latest module graph only.
      shell.clear()
      pages.clear()
      const ids = [...this.getModuleIds()]
      const byPath = new Map(ids.map((id) => [relative(root, id), id]))
      const find = (path: string) => byPath.get(path)
      const initial = staticClosure(
        this,
        [find(options.entry)].filter((id) => id !== undefined),
      )
      const layout = find(options.layout)
      const isLazy = (id: string) => (this.getModuleInfo(id)?.dynamicImporters.length ?? 0) > 0
      for (const id of staticClosure(this, layout ? [layout] : [])) if (!initial.has(id) && !isLazy(id)) shell.add(id)
      // Counted over route pages, not their tabs: a feature's tabs share much that no other page needs.
      const table = find(options.routeTable)
      const routePages = (table ? this.getModuleInfo(table)?.dynamicallyImportedIds : undefined) ?? []
      const uses = new Map<string, number>()
      for (const page of routePages) {
        if (page === layout) continue
        for (const used of staticClosure(this, [page])) {
          if (initial.has(used) || shell.has(used) || isLazy(used)) continue
          uses.set(used, (uses.get(used) ?? 0) + 1)
        }
      }
      for (const [id, count] of uses) if (count >= options.minShare) pages.add(id)
    },
  }
  const groups: Rolldown.CodeSplittingGroup[] = [
    { name: 'shell', test: (id) => shell.has(id) },
    { name: 'pages', test: (id) => pages.has(id) },
  ]
  return { plugin, groups }
}
