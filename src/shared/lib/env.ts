/**
 * Demo mode: the built-in demo backend (MSW) answers the API. Off only with `VITE_API_MOCKING=off`.
 * Code that must vanish from a real-mode build (a dynamic import of demo-only UI) spells the condition out inline,
 * `import.meta.env.VITE_API_MOCKING !== 'off'`, because the bundler folds it only where it is written.
 */
export const isDemoMode = import.meta.env.VITE_API_MOCKING !== 'off'

/** Region of console deep links for module runs outside a workflow (api-contract §10); a workflow run names its own. */
export const defaultAwsRegion: string = import.meta.env.VITE_AWS_REGION || 'eu-central-1'
