/* Hostile demo bundle: throws while rendering. */
self.ModuleUI = function ThrowsOnRender() {
  throw new Error('Boom: the module failed while rendering')
}
