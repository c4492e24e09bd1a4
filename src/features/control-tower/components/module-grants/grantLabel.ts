/** The name people know a module by: its display name, else its module name. */
export const grantLabel = (module: { displayName?: string; moduleName: string }): string =>
  module.displayName ?? module.moduleName
