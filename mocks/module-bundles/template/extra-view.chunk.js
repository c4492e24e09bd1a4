/* A sibling chunk that is NOT listed in ui.assets: the frame's script policy must refuse it. */
self.__unlistedChunkRan = true
;(self.webpackChunkmod_peptide_atlas_explorer = self.webpackChunkmod_peptide_atlas_explorer || []).push([
  'extra-view',
  function () {
    return function () {
      return null
    }
  },
])
