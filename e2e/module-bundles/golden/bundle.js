/*! Built like the platform's golden example: React and ReactDOM bundled in (no externals), UMD library ModuleUI
    without `export: 'default'` (the global is the namespace { default: App }), and an entry that renders the app into
    #root when the bundle loads. The React copy below is a minimal stand-in with React 19's shape: hooks read the
    current dispatcher (ReactSharedInternals.H), which only this copy's own renderer sets. */
;(function webpackUniversalModuleDefinition(root, factory) {
  if (typeof exports === 'object' && typeof module === 'object') module.exports = factory()
  else if (typeof define === 'function' && define.amd) define([], factory)
  else if (typeof exports === 'object') exports['ModuleUI'] = factory()
  else root['ModuleUI'] = factory()
})(self, () => {
  return (() => {
    'use strict'
    /* node_modules/react/cjs/react.production.js (stand-in) */
    var ReactSharedInternals = { H: null, A: null, T: null, S: null }
    function resolveDispatcher() {
      return ReactSharedInternals.H
    }
    var React = {
      __CLIENT_INTERNALS_DO_NOT_USE_OR_WARN_USERS_THEY_CANNOT_UPGRADE: ReactSharedInternals,
      version: '19.1.0-bundled',
      useState: function (initialState) {
        return resolveDispatcher().useState(initialState)
      },
      useEffect: function (create, deps) {
        return resolveDispatcher().useEffect(create, deps)
      },
    }
    /* node_modules/react-dom/cjs/react-dom-client.production.js (stand-in): renders by calling the component with a
     dispatcher of its own, then writes its text. */
    var ReactDOMClient = {
      createRoot: function (container) {
        if (!container || container.nodeType !== 1) throw new Error('Target container is not a DOM element.')
        return {
          render: function (element) {
            var previous = ReactSharedInternals.H
            ReactSharedInternals.H = {
              useState: function (initial) {
                return [typeof initial === 'function' ? initial() : initial, function () {}]
              },
              useEffect: function () {},
            }
            try {
              container.textContent = String(element.type(element.props))
            } finally {
              ReactSharedInternals.H = previous
            }
          },
        }
      },
    }
    /* src/App.tsx */
    function App(props) {
      var state = React.useState('Golden example')
      return state[0] + ' (run ' + ((props && props.runId) || 'standalone') + ')'
    }
    /* src/index.tsx: the standalone entry, as in the golden example */
    var container = document.getElementById('root')
    if (!container) {
      container = document.createElement('div')
      container.id = 'root'
      document.body.appendChild(container)
    }
    ReactDOMClient.createRoot(container).render({ type: App, props: {} })
    var __webpack_exports__ = {}
    Object.defineProperty(__webpack_exports__, '__esModule', { value: true })
    __webpack_exports__['default'] = App
    return __webpack_exports__
  })()
})
