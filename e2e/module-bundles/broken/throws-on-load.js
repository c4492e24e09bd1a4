/* UMD bundle whose entry throws while it evaluates (a missing config, here). */
;(function (root, factory) {
  root['ModuleUI'] = factory(root['React'])
})(self, function (React) {
  throw new Error('peptide-scorer: config.json was not bundled')
})
