/** Provided by scripts/vite/moduleUiBucket.ts: the demo UI bucket's records, keyed `<moduleId>@<version>`. */
declare module 'virtual:demo-module-bundles' {
  const bundles: Record<
    string,
    {
      bundleUrl: string
      integrity: string | null
      runtime: string
      globals: string[]
      assets: { path: string; integrity: string }[]
    }
  >
  export default bundles
}
