/* Broken demo bundle: registers under another name and never defines ModuleUI. */
self.SomethingElse = function () {
  return null
}
