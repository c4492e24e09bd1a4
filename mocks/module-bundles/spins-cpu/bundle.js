/* Hostile demo bundle: blocks its thread for a minute in render. */
self.ModuleUI = function SpinsCpu() {
  var end = Date.now() + 60000
  while (Date.now() < end) {
    /* spin */
  }
  return null
}
