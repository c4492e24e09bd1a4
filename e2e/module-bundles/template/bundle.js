/*! Built by scripts/module-fixtures/build.mjs (webpack 5.113.0) from scripts/module-fixtures/peptide-scorer/src: do not edit, rebuild with npm run build:module-fixtures. */
;(function webpackUniversalModuleDefinition(root, factory) {
  if (typeof exports === 'object' && typeof module === 'object')
    module.exports = factory(require('react'), require('react/jsx-runtime'), require('antd'), require('@ant-design/icons'))
  else if (typeof define === 'function' && define.amd)
    define(['react', 'react/jsx-runtime', 'antd', '@ant-design/icons'], factory)
  else if (typeof exports === 'object')
    exports['ModuleUI'] = factory(require('react'), require('react/jsx-runtime'), require('antd'), require('@ant-design/icons'))
  else root['ModuleUI'] = factory(root['React'], root['ReactJSXRuntime'], root['antd'], root['icons'])
})(
  self,
  (
    __WEBPACK_EXTERNAL_MODULE_react__,
    __WEBPACK_EXTERNAL_MODULE_react_jsx_runtime__,
    __WEBPACK_EXTERNAL_MODULE_antd__,
    __WEBPACK_EXTERNAL_MODULE__ant_design_icons__,
  ) => {
    return /******/ (() => {
      // webpackBootstrap
      /******/ 'use strict'
      /******/ var __webpack_modules__ = {
        /***/ react(module) {
          module.exports = __WEBPACK_EXTERNAL_MODULE_react__

          /***/
        },

        /***/ 'react/jsx-runtime'(module) {
          module.exports = __WEBPACK_EXTERNAL_MODULE_react_jsx_runtime__

          /***/
        },

        /***/ antd(module) {
          module.exports = __WEBPACK_EXTERNAL_MODULE_antd__

          /***/
        },

        /***/ '@ant-design/icons'(module) {
          module.exports = __WEBPACK_EXTERNAL_MODULE__ant_design_icons__

          /***/
        },

        /******/
      }
      /************************************************************************/
      /******/ // The module cache
      /******/ const __webpack_module_cache__ = {}
      /******/
      /******/ // The require function
      /******/ function __webpack_require__(moduleId) {
        /******/ // Check if module is in cache
        /******/ const cachedModule = __webpack_module_cache__[moduleId]
        /******/ if (cachedModule !== undefined) {
          /******/ return cachedModule.exports
          /******/
        }
        /******/ // Create a new module (and put it into the cache)
        /******/ const module = (__webpack_module_cache__[moduleId] = {
          /******/ // no module.id needed
          /******/ // no module.loaded needed
          /******/ exports: {},
          /******/
        })
        /******/
        /******/ // Execute the module function
        /******/ __webpack_modules__[moduleId](module, module.exports, __webpack_require__)
        /******/
        /******/ // Return the exports of the module
        /******/ return module.exports
        /******/
      }
      /******/
      /******/ // expose the modules object (__webpack_modules__)
      /******/ __webpack_require__.m = __webpack_modules__
      /******/
      /************************************************************************/
      /******/ /* webpack/runtime/define property getters */
      /******/ // define getter/value functions for harmony exports
      /******/ __webpack_require__.d = (exports, definition) => {
        /******/ if (Array.isArray(definition)) {
          /******/ var i = 0
          /******/ while (i < definition.length) {
            /******/ var key = definition[i++]
            /******/ var binding = definition[i++]
            /******/ var descriptor = binding ? { enumerable: true, get: binding } : { enumerable: true, value: definition[i++] }
            /******/ if (!__webpack_require__.o(exports, key)) Object.defineProperty(exports, key, descriptor)
            /******/
          }
          /******/
        } else {
          /******/ for (var key in definition) {
            /******/ if (__webpack_require__.o(definition, key) && !__webpack_require__.o(exports, key)) {
              /******/ Object.defineProperty(exports, key, { enumerable: true, get: definition[key] })
              /******/
            }
            /******/
          }
          /******/
        }
        /******/
      }
      /******/
      /******/ /* webpack/runtime/ensure chunk */
      /******/ __webpack_require__.f = {}
      /******/ // This file contains only the entry chunk.
      /******/ // The chunk loading function for additional chunks
      /******/ __webpack_require__.e = (chunkId) => {
        /******/ const promises = []
        /******/ __webpack_require__.f.j(chunkId, promises)
        /******/ return Promise.all(promises)
        /******/
      }
      /******/
      /******/ /* webpack/runtime/get javascript chunk filename */
      /******/ // This function allow to reference async chunks
      /******/ __webpack_require__.u = (chunkId) => chunkId + '.bundle.js'
      /******/
      /******/ /* webpack/runtime/hasOwnProperty shorthand */
      /******/ __webpack_require__.o = (obj, prop) => Object.prototype.hasOwnProperty.call(obj, prop)
      /******/
      /******/ /* webpack/runtime/load script */
      /******/ ;(() => {
        /******/ const inProgress = {}
        /******/ const dataWebpackPrefix = 'mod_peptide_scorer:'
        /******/ // loadScript function to load a script via script tag
        /******/ __webpack_require__.l = (url, done, key, chunkId) => {
          /******/ if (inProgress[url]) {
            inProgress[url].push(done)
            return
          }
          /******/ let script, needAttach
          /******/ if (key !== undefined) {
            /******/ const scripts = document.getElementsByTagName('script')
            /******/ for (var i = 0; i < scripts.length; i++) {
              /******/ const s = scripts[i]
              /******/ if (s.getAttribute('src') == url || s.getAttribute('data-webpack') == dataWebpackPrefix + key) {
                script = s
                break
              }
              /******/
            }
            /******/
          }
          /******/ if (!script) {
            /******/ needAttach = true
            /******/ script = document.createElement('script')
            /******/
            /******/ script.charset = 'utf-8'
            /******/ if (__webpack_require__.nc) {
              /******/ script.setAttribute('nonce', __webpack_require__.nc)
              /******/
            }
            /******/ script.setAttribute('data-webpack', dataWebpackPrefix + key)
            /******/
            /******/ script.src = url
            /******/
          }
          /******/ inProgress[url] = [done]
          /******/ const onScriptComplete = (prev, event) => {
            /******/ // avoid mem leaks in IE.
            /******/ script.onerror = script.onload = null
            /******/ clearTimeout(timeout)
            /******/ const doneFns = inProgress[url]
            /******/ delete inProgress[url]
            /******/ script.parentNode?.removeChild(script)
            /******/ doneFns?.forEach((fn) => fn(event))
            /******/ if (prev) return prev(event)
            /******/
          }
          /******/ const timeout = setTimeout(onScriptComplete.bind(0, 0, { type: 'timeout', target: script }), 120000)
          /******/ script.onerror = onScriptComplete.bind(0, script.onerror)
          /******/ script.onload = onScriptComplete.bind(0, script.onload)
          /******/ needAttach && document.head.appendChild(script)
          /******/
        }
        /******/
      })()
      /******/
      /******/ /* webpack/runtime/make namespace object */
      /******/ // define __esModule on exports
      /******/ __webpack_require__.r = (exports) => {
        /******/ Object.defineProperties(exports, { [Symbol.toStringTag]: { value: 'Module' }, __esModule: { value: true } })
        /******/
      }
      /******/
      /******/ /* webpack/runtime/publicPath */
      /******/ ;(() => {
        /******/ let scriptUrl
        /******/ if (typeof document !== 'undefined') {
          /******/ const currentScript = document.currentScript
          /******/ if (!currentScript || /^script$/i.test(currentScript.tagName)) {
            /******/ scriptUrl = currentScript?.src
            /******/ if (!scriptUrl) {
              /******/ const scripts = document.getElementsByTagName('script')
              /******/ let i = scripts.length
              /******/ while (i && (!scriptUrl || !/^https?:/.test(scriptUrl))) scriptUrl = scripts[--i].src
              /******/
            }
            /******/
          }
          /******/
        } else if (typeof importScripts !== 'undefined') scriptUrl = location + ''
        /******/ // When supporting browsers where an automatic publicPath is not supported you must specify an output.publicPath manually via configuration
        /******/ // or pass an empty string ("") and set the __webpack_public_path__ variable from your code to use your own logic.
        /******/ if (!scriptUrl) throw new Error('Automatic publicPath is not supported in this browser')
        /******/ __webpack_require__.p = scriptUrl.replace(/^blob:|[?#].*$/g, '').replace(/\/[^/]+$/, '/')
        /******/
      })()
      /******/
      /******/ /* webpack/runtime/jsonp chunk loading */
      /******/ ;(() => {
        /******/ // no baseURI
        /******/
        /******/ // object to store loaded and loading chunks
        /******/ // undefined = chunk not loaded, null = chunk preloaded/prefetched
        /******/ // [resolve, reject, Promise] = chunk loading, 0 = chunk loaded
        /******/ const installedChunks = {
          /******/ main: 0,
          /******/
        }
        /******/
        /******/ __webpack_require__.f.j = (chunkId, promises) => {
          /******/ // JSONP chunk loading for javascript
          /******/ let installedChunkData = __webpack_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined
          /******/ if (installedChunkData !== 0) {
            // 0 means "already installed".
            /******/
            /******/ // a Promise means "currently loading".
            /******/ if (installedChunkData) {
              /******/ promises.push(installedChunkData[2])
              /******/
            } else {
              /******/ if (true) {
                // all chunks have JS
                /******/ // setup Promise in chunk cache
                /******/ const promise = new Promise(
                  (resolve, reject) => (installedChunkData = installedChunks[chunkId] = [resolve, reject]),
                )
                /******/ promises.push((installedChunkData[2] = promise))
                /******/
                /******/ // create error before stack unwound to get useful stacktrace later
                /******/ const error = new Error()
                /******/ const loadingEnded = (event) => {
                  /******/ if (__webpack_require__.o(installedChunks, chunkId)) {
                    /******/ installedChunkData = installedChunks[chunkId]
                    /******/ if (installedChunkData !== 0) installedChunks[chunkId] = undefined
                    /******/ if (installedChunkData) {
                      /******/ const errorType = event && (event.type === 'load' ? 'missing' : event.type)
                      /******/ const realSrc = event?.target?.src
                      /******/ error.message = 'Loading chunk ' + chunkId + ' failed.\n(' + errorType + ': ' + realSrc + ')'
                      /******/ error.name = 'ChunkLoadError'
                      /******/ error.type = errorType
                      /******/ error.request = realSrc
                      /******/ error.event = event
                      /******/ installedChunkData[1](error)
                      /******/
                    }
                    /******/
                  }
                  /******/
                }
                /******/ __webpack_require__.l(
                  __webpack_require__.p + __webpack_require__.u(chunkId),
                  loadingEnded,
                  'chunk-' + chunkId,
                  chunkId,
                )
                /******/
              }
              /******/
            }
            /******/
          }
          /******/
        }
        /******/
        /******/ // no prefetching
        /******/
        /******/ // no preloaded
        /******/
        /******/ // no HMR
        /******/
        /******/ // no HMR manifest
        /******/
        /******/ // no on chunks loaded
        /******/
        /******/ // install a JSONP callback for chunk loading
        /******/ const webpackJsonpCallback = (parentChunkLoadingFunction, data) => {
          /******/ let [chunkIds, moreModules, runtime] = data
          /******/ // add "moreModules" to the modules object,
          /******/ // then flag all "chunkIds" as loaded and fire callback
          /******/ var moduleId,
            chunkId,
            i = 0
          /******/ if (chunkIds.some((id) => installedChunks[id] !== 0)) {
            /******/ for (moduleId in moreModules) {
              /******/ if (__webpack_require__.o(moreModules, moduleId)) {
                /******/ __webpack_require__.m[moduleId] = moreModules[moduleId]
                /******/
              }
              /******/
            }
            /******/ if (runtime) var result = runtime(__webpack_require__)
            /******/
          }
          /******/ if (parentChunkLoadingFunction) parentChunkLoadingFunction(data)
          /******/ for (; i < chunkIds.length; i++) {
            /******/ chunkId = chunkIds[i]
            /******/ if (__webpack_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
              /******/ installedChunks[chunkId][0]()
              /******/
            }
            /******/ installedChunks[chunkId] = 0
            /******/
          }
          /******/
          /******/
        }
        /******/
        /******/ const chunkLoadingGlobal = Array.isArray(self['webpackChunkmod_peptide_scorer'])
          ? self['webpackChunkmod_peptide_scorer']
          : (self['webpackChunkmod_peptide_scorer'] = [])
        /******/ chunkLoadingGlobal.forEach(webpackJsonpCallback.bind(null, 0))
        /******/ chunkLoadingGlobal.push = webpackJsonpCallback.bind(null, chunkLoadingGlobal.push.bind(chunkLoadingGlobal))
        /******/
      })()
      /******/
      /************************************************************************/
      let __webpack_exports__ = {}
      /* harmony import */ var react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__('react/jsx-runtime')
      /* harmony import */ var react__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__('react')
      /* harmony import */ var antd__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__('antd')
      /* harmony import */ var _ant_design_icons__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__('@ant-design/icons')

      // What the platform's public UI template builds (e2e/module-bundles/template): antd and icons from the host's packs,
      // the chart view code-split into a lazily loaded JSONP chunk next to bundle.js.

      // Read while the bundle loads, as the template does: without the antd pack this throws at load time.
      const { Title, Text } = antd__WEBPACK_IMPORTED_MODULE_2__.Typography
      const ChartView = (0, react__WEBPACK_IMPORTED_MODULE_1__.lazy)(() =>
        __webpack_require__.e(/* import() */ 'src_ChartView_tsx').then(() => __webpack_require__('./src/ChartView.tsx')),
      )
      const ModuleUI = ({ runId, inputData, onExecute }) => {
        const [result, setResult] = (0, react__WEBPACK_IMPORTED_MODULE_1__.useState)(null)
        const [showChart, setShowChart] = (0, react__WEBPACK_IMPORTED_MODULE_1__.useState)(false)
        const run = async () => {
          const envelope = await onExecute({ peptides: ['SLLQHLIGL'] })
          setResult(envelope.status)
          if (envelope.status === 'success') antd__WEBPACK_IMPORTED_MODULE_2__.message.success('Scoring finished')
          else antd__WEBPACK_IMPORTED_MODULE_2__.message.error('Scoring failed')
        }
        return (0, react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(antd__WEBPACK_IMPORTED_MODULE_2__.Card, {
          className: 'peptide-scorer',
          children: [
            (0, react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(Title, {
              level: 4,
              children: [
                (0, react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(
                  _ant_design_icons__WEBPACK_IMPORTED_MODULE_3__.ExperimentOutlined,
                  {},
                ),
                ' Peptide Scorer',
              ],
            }),
            (0, react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(Text, {
              'data-testid': 'scorer-run',
              children: ['Run ', runId, ' \u00B7 ', Object.keys(inputData || {}).length, ' inputs'],
            }),
            (0, react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)(antd__WEBPACK_IMPORTED_MODULE_2__.Space, {
              style: { display: 'flex', marginTop: 12 },
              children: [
                (0, react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(antd__WEBPACK_IMPORTED_MODULE_2__.Button, {
                  type: 'primary',
                  onClick: run,
                  children: 'Score peptides',
                }),
                (0, react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(antd__WEBPACK_IMPORTED_MODULE_2__.Button, {
                  onClick: () => setShowChart(true),
                  children: 'Show chart',
                }),
              ],
            }),
            result &&
              (0, react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsxs)('p', {
                'data-testid': 'scorer-result',
                children: ['Result: ', result],
              }),
            showChart &&
              (0, react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(react__WEBPACK_IMPORTED_MODULE_1__.Suspense, {
                fallback: (0, react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(antd__WEBPACK_IMPORTED_MODULE_2__.Spin, {}),
                children: (0, react_jsx_runtime__WEBPACK_IMPORTED_MODULE_0__.jsx)(ChartView, { scores: [0.92, 0.88, 0.81] }),
              }),
          ],
        })
      }
      /* harmony default export */ const src = ModuleUI

      /* harmony export */ __webpack_require__.d(__webpack_exports__, [
        /* harmony export */ 'default',
        0,
        src,
        /* harmony export */
      ])

      __webpack_exports__ = __webpack_exports__['default']
      /******/ return __webpack_exports__
      /******/
    })()
  },
)
