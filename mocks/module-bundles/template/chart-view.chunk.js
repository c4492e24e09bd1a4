/*! Built by scripts/module-fixtures/build.mjs (webpack 5.113.0) from scripts/module-fixtures/peptide-atlas-explorer/src: do not edit, rebuild with npm run build:module-fixtures. */
'use strict'
;(Array.isArray(self['webpackChunkmod_peptide_atlas_explorer'])
  ? self['webpackChunkmod_peptide_atlas_explorer']
  : (self['webpackChunkmod_peptide_atlas_explorer'] = [])
).push([
  ['chart-view'],
  {
    /***/ './src/ChartView.tsx'(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.r(__webpack_exports__)
      /* harmony export */ __webpack_require__.d(__webpack_exports__, {
        /* harmony export */ default: () => /* binding */ ChartView,
        /* harmony export */
      })
      /* harmony import */ var react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__('react/jsx-runtime')
      /* harmony import */ var antd__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__('antd')

      // The lazily loaded chart view (chart-view.chunk.js, listed in ui.assets with its sha384).

      function ChartView({ rows }) {
        return (0, react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(antd__WEBPACK_IMPORTED_MODULE_1__.Card, {
          type: 'inner',
          title: 'Chart view (lazy chunk)',
          'data-testid': 'template-chart-view',
          children: rows.map((row) =>
            (0, react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(
              antd__WEBPACK_IMPORTED_MODULE_1__.Progress,
              { percent: Math.round(row.score * 100), format: () => row.peptide },
              row.key,
            ),
          ),
        })
      }

      /***/
    },
  },
])
