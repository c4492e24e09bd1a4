/** Provided by scripts/vite/moduleRuntimePacks.ts: each runtime pack's URL, sha384 and global name. */
declare module 'virtual:module-runtime-packs' {
  const packs: Record<string, { url: string; integrity: string; global: string }>
  export default packs
}
