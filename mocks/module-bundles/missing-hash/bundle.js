/* Demo bundle recorded without a hash: if this ever runs, the marker shows it. */
self.__missingHashBundleRan = true
self.ModuleUI = function () {
  return self.React.createElement('p', null, 'MISSING HASH BUNDLE RAN')
}
