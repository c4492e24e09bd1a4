/*! Built by scripts/module-fixtures/build.mjs (webpack 5.113.0) from scripts/module-fixtures/peptide-atlas-explorer/src: do not edit, rebuild with npm run build:module-fixtures. */
'use strict'
;(Array.isArray(self['webpackChunkmod_peptide_atlas_explorer'])
  ? self['webpackChunkmod_peptide_atlas_explorer']
  : (self['webpackChunkmod_peptide_atlas_explorer'] = [])
).push([
  ['extra-view'],
  {
    /***/ './src/ExtraView.tsx'(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.r(__webpack_exports__)
      /* harmony export */ __webpack_require__.d(__webpack_exports__, {
        /* harmony export */ default: () => /* binding */ ExtraView,
        /* harmony export */
      })
      // A sibling chunk (extra-view.chunk.js) that is NOT listed in ui.assets: the frame's script policy must refuse it, so
      // this flag is never set in a mounted frame.
      self.__unlistedChunkRan = true
      function ExtraView() {
        return null
      }

      /***/
    },
  },
])
