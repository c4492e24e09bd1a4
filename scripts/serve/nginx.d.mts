// Types of nginx.mjs for the TypeScript that imports it (playwright.config.ts, e2e/serving.spec.ts).
export const TEMPLATE: string
export function nginxBinary(): string | null
export function renderTemplate(template: string, vars: Record<string, string>): string
export type LoopbackVars = Record<
  | 'STATIC_ROOT'
  | 'LISTEN'
  | 'CONSOLE_HOST'
  | 'FRAME_HOST'
  | 'CONSOLE_ORIGIN'
  | 'FRAME_ORIGIN'
  | 'UI_BUCKET_ORIGIN'
  | 'API_UPSTREAM'
  | 'FRAME_DEV_SOURCES',
  string
>
export function loopbackVars(options: { root: string; port: number; api: string }): LoopbackVars
export function startNginx(options: { root: string; port: number; api?: string }): Promise<{
  origin: string
  frameOrigin: string
  vars: LoopbackVars
  stop: () => Promise<void>
}>
