/* Demo bundle recorded with a wrong hash: if this ever runs, the marker shows it. */
self.__wrongHashBundleRan = true
self.ModuleUI = function () {
  return self.React.createElement('p', null, 'WRONG HASH BUNDLE RAN')
}
