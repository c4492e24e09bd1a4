/* Demo module UI "peptide-atlas-explorer", shaped like the output of the platform's public UI template (webpack, UMD
   library ModuleUI with export "default", uniqueName mod_peptide_atlas_explorer). Externals: React, ReactDOM,
   ReactJSXRuntime, antd, icons. The chart view is code-split into chart-view.chunk.js, loaded with <script src> from
   the directory of document.currentScript (webpack's automatic publicPath). */
;(function (root, factory) {
  if (typeof define === 'function' && define.amd) define(['react', 'react/jsx-runtime', 'antd', '@ant-design/icons'], factory)
  else if (typeof module === 'object' && module.exports)
    module.exports = factory(require('react'), require('react/jsx-runtime'), require('antd'), require('@ant-design/icons'))
  else root.ModuleUI = factory(root.React, root.ReactJSXRuntime, root.antd, root.icons)
})(typeof self !== 'undefined' ? self : this, function (React, runtime, antd, icons) {
  'use strict'
  var jsx = runtime.jsx
  var jsxs = runtime.jsxs
  // webpack: __webpack_require__.p from document.currentScript, read while the bundle evaluates.
  var publicPath = (document.currentScript && document.currentScript.src.replace(/[^/]*$/, '')) || './'
  var chunkGlobal = 'webpackChunkmod_peptide_atlas_explorer'
  var registry = (self[chunkGlobal] = self[chunkGlobal] || [])
  var loaded = {}
  registry.push = function (entry) {
    loaded[entry[0]] = entry[1]
    return Array.prototype.push.call(this, entry)
  }

  function loadChunk(name) {
    return new Promise(function (resolve, reject) {
      if (loaded[name]) return resolve(loaded[name])
      var script = document.createElement('script')
      script.src = publicPath + name + '.chunk.js'
      script.onload = function () {
        loaded[name] ? resolve(loaded[name]) : reject(new Error('chunk ' + name + ' did not register'))
      }
      script.onerror = function () { reject(new Error('Loading chunk ' + name + ' failed (refused or missing).')) }
      document.head.appendChild(script)
    })
  }

  var ChartView = React.lazy(function () {
    return loadChunk('chart-view').then(function (factory) { return { default: factory(React, runtime, antd) } })
  })

  var ROWS = [
    { key: '1', peptide: 'SLLQHLIGL', allele: 'HLA-A*02:01', tissue: 'liver', score: 0.92 },
    { key: '2', peptide: 'KVAELVHFL', allele: 'HLA-A*02:01', tissue: 'lung', score: 0.88 },
    { key: '3', peptide: 'RPRGEVRFL', allele: 'HLA-B*07:02', tissue: 'spleen', score: 0.81 },
  ]

  function Explorer(props) {
    var view = React.useState('table')
    var extra = React.useState('')
    var runInfo = React.useState('')
    React.useEffect(function () {
      // The template's apiGet: a same-origin /api fetch, routed through hostFetch by the frame.
      fetch('/api/v1/module-runs/' + encodeURIComponent(props.runId), { credentials: 'include' })
        .then(function (response) { return response.json().then(function (body) { return [response.status, body] }) })
        .then(function (pair) { runInfo[1]('apiGet run: HTTP ' + pair[0] + (pair[1] && pair[1].status ? ' · ' + pair[1].status : '')) })
        .catch(function (error) { runInfo[1]('apiGet run failed: ' + error.message) })
    }, [props.runId])

    function loadUnlisted() {
      loadChunk('extra-view').then(
        function () { extra[1]('UNLISTED CHUNK RAN') },
        function (error) { extra[1]('Unlisted chunk refused: ' + error.message) },
      )
    }

    var Icon = icons.ExperimentOutlined
    return jsxs(antd.Card, {
      title: jsxs('span', { children: [jsx(Icon, {}), ' Peptide Atlas Explorer'] }),
      'data-testid': 'template-card',
      children: [
        jsxs(antd.Space, {
          style: { marginBottom: 12 },
          children: [
            jsx(antd.Button, { type: view[0] === 'table' ? 'primary' : 'default', onClick: function () { view[1]('table') }, children: 'Table' }),
            jsx(antd.Button, { type: view[0] === 'chart' ? 'primary' : 'default', onClick: function () { view[1]('chart') }, icon: jsx(icons.BarChartOutlined, {}), children: 'Chart view' }),
            jsx(antd.Button, { onClick: loadUnlisted, children: 'Load unlisted view' }),
          ],
        }),
        view[0] === 'table'
          ? jsx(antd.Table, {
              size: 'small',
              pagination: false,
              dataSource: ROWS,
              columns: [
                { title: 'Peptide', dataIndex: 'peptide' },
                { title: 'Allele', dataIndex: 'allele', render: function (a) { return jsx(antd.Tag, { color: 'blue', children: a }) } },
                { title: 'Tissue', dataIndex: 'tissue' },
                { title: 'Score', dataIndex: 'score' },
              ],
            })
          : jsx(React.Suspense, { fallback: jsx(antd.Spin, {}), children: jsx(ChartView, { rows: ROWS }) }),
        jsx('p', { 'data-testid': 'template-extra', children: extra[0] }),
        jsx('p', { 'data-testid': 'template-api', children: runInfo[0] }),
        jsx('p', { 'data-testid': 'template-antd', children: 'antd ' + antd.version }),
      ],
    })
  }

  return Explorer
})
