/**
 * Whether a version status can start runs: ACTIVE, and DEPRECATED (still runnable so pinned workflows keep working,
 * api-contract §5). An absent status (the platform guarantees only id, name, version) is left to the server to judge.
 */
export const isRunnable = (status: string | undefined): boolean =>
  status === undefined || status === 'ACTIVE' || status === 'DEPRECATED'
