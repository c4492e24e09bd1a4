/*! Built by scripts/module-fixtures/build.mjs (webpack 5.113.0) from scripts/module-fixtures/peptide-scorer/src: do not edit, rebuild with npm run build:module-fixtures. */
'use strict'
;(Array.isArray(self['webpackChunkmod_peptide_scorer'])
  ? self['webpackChunkmod_peptide_scorer']
  : (self['webpackChunkmod_peptide_scorer'] = [])
).push([
  ['src_ChartView_tsx'],
  {
    /***/ './src/ChartView.tsx'(__unused_webpack_module, __webpack_exports__, __webpack_require__) {
      __webpack_require__.r(__webpack_exports__)
      /* harmony export */ __webpack_require__.d(__webpack_exports__, {
        /* harmony export */ default: () => /* binding */ ChartView,
        /* harmony export */
      })
      /* harmony import */ var react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__('react/jsx-runtime')
      /* harmony import */ var antd__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__('antd')

      function ChartView({ scores }) {
        return (0, react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(antd__WEBPACK_IMPORTED_MODULE_1__.Card, {
          type: 'inner',
          title: 'Score chart (lazy chunk)',
          'data-testid': 'scorer-chart',
          children: scores.map((score, i) =>
            (0, react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(
              antd__WEBPACK_IMPORTED_MODULE_1__.Progress,
              { percent: Math.round(score * 100) },
              i,
            ),
          ),
        })
      }

      /***/
    },
  },
])
