/* UMD ModuleUI whose default export is a configuration object, not a component. */
;(function (root, factory) {
  root['ModuleUI'] = factory()
})(self, function () {
  return { default: { title: 'Peptide Scorer', version: '1.0.0' } }
})
