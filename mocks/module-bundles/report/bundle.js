/* Demo module UI "immunopeptidome-report": a UMD bundle built the way the platform's template builds, with
   react and react/jsx-runtime external. Exports a namespace ({ default: Report }) to exercise `?.default ??`. */
;(function (root, factory) {
  if (typeof define === 'function' && define.amd) define(['react', 'react/jsx-runtime'], factory)
  else if (typeof module === 'object' && module.exports) module.exports = factory(require('react'), require('react/jsx-runtime'))
  else root.ModuleUI = factory(root.React, root.ReactJSXRuntime)
})(typeof self !== 'undefined' ? self : this, function (React, runtime) {
  'use strict'
  var jsx = runtime.jsx
  var jsxs = runtime.jsxs
  var LENGTHS = [8, 9, 10, 11, 12, 13, 14]

  function lengthCounts(seedText) {
    var seed = 0
    for (var i = 0; i < seedText.length; i++) seed = (seed * 31 + seedText.charCodeAt(i)) >>> 0
    return LENGTHS.map(function (length) {
      seed = (seed * 1103515245 + 12345) >>> 0
      var peak = length === 9 ? 900 : length === 10 ? 420 : length === 11 ? 240 : 120
      return { length: length, count: peak + (seed % 90) }
    })
  }

  function Chart(props) {
    var data = props.data
    var max = Math.max.apply(null, data.map(function (d) { return d.count }))
    var width = 28
    return jsxs('svg', {
      role: 'img',
      'aria-label': 'Peptide length distribution',
      'data-testid': 'report-chart',
      width: data.length * (width + 8),
      height: 140,
      children: data.map(function (d, i) {
        var h = Math.round((d.count / max) * 110)
        return jsxs('g', {
          children: [
            jsx('rect', { x: i * (width + 8), y: 120 - h, width: width, height: h, rx: 3, fill: 'var(--color-primary, #1565c0)' }),
            jsx('text', { x: i * (width + 8) + width / 2, y: 136, textAnchor: 'middle', fontSize: 11, fill: 'var(--color-text, #222)', children: String(d.length) }),
          ],
        }, d.length)
      }),
    })
  }

  function Report(props) {
    var input = props.inputData || {}
    var title = typeof input.title === 'string' ? input.title : 'Immunopeptidome report'
    var samples = Array.isArray(input.sample_ids) && input.sample_ids.length ? input.sample_ids : ['JY-rep1', 'JY-rep2']
    var state = React.useState({ phase: 'idle' })
    var run = state[0]
    var setRun = state[1]
    var statusState = React.useState(null)
    var themeState = React.useState(null)
    var logState = React.useState([])
    var data = React.useMemo(function () { return lengthCounts(samples.join(',')) }, [samples.join(',')])

    React.useEffect(function () {
      props.emit('report.viewed', { samples: samples.length })
      var offStatus = props.subscribe('run.status', function (p) { statusState[1](p) })
      var offLog = props.subscribe('run.log', function (p) {
        logState[1](function (lines) { return lines.concat([p.message]).slice(-3) })
      })
      var offTheme = props.subscribe('theme.change', function (p) { themeState[1](p.mode) })
      var onThemeChange = function (event) { themeState[1](event.detail && event.detail.mode) }
      window.addEventListener('theme-change', onThemeChange)
      return function () {
        offStatus(); offLog(); offTheme()
        window.removeEventListener('theme-change', onThemeChange)
      }
    }, [])

    function execute() {
      setRun({ phase: 'running' })
      props.emit('report.execute', { samples: samples.length })
      props
        .onExecute({ title: title.length >= 3 ? title : 'Report', sample_ids: samples, sections: ['length-distribution', 'binding'] })
        .then(function (envelope) {
          setRun({ phase: 'done', envelope: envelope })
          props.emit('report.result', { status: envelope.status })
        }, function (error) {
          setRun({ phase: 'failed', message: String(error && error.message) })
        })
    }

    var primary = typeof getComputedStyle === 'function'
      ? getComputedStyle(document.documentElement).getPropertyValue('--color-primary').trim()
      : ''
    var envelope = run.envelope
    return jsxs('section', {
      style: { fontFamily: 'var(--font-sans, sans-serif)', color: 'var(--color-text, #222)', padding: 12 },
      children: [
        jsx('h2', { style: { margin: '0 0 8px', fontSize: 18 }, children: title }),
        jsx('p', { style: { margin: '0 0 8px' }, children: 'Run ' + props.runId + ' · samples ' + samples.join(', ') }),
        jsx(Chart, { data: data }),
        jsxs('div', {
          style: { display: 'flex', gap: 8, alignItems: 'center', marginTop: 8 },
          children: [
            jsx('button', { type: 'button', onClick: execute, disabled: run.phase === 'running', children: 'Run analysis' }),
            jsx('span', { 'data-testid': 'report-run-phase', children: run.phase === 'running' ? 'Running…' : run.phase === 'failed' ? 'Failed: ' + run.message : '' }),
          ],
        }),
        envelope && jsx('p', {
          'data-testid': 'report-result',
          children: envelope.status === 'success'
            ? 'Result: success · ' + Object.keys(envelope.summary || {}).length + ' summary fields'
            : 'Result: error · ' + envelope.error.type + ' · ' + envelope.error.message,
        }),
        envelope && envelope.status === 'success' && jsx('pre', { style: { fontSize: 11, maxHeight: 120, overflow: 'auto' }, children: JSON.stringify(envelope.summary, null, 2) }),
        jsx('p', { 'data-testid': 'report-status', children: statusState[0] ? 'Mounted run status: ' + statusState[0].status : 'Mounted run status: waiting' }),
        logState[0].length > 0 && jsx('p', { 'data-testid': 'report-log', children: 'Last log: ' + logState[0][logState[0].length - 1] }),
        jsx('p', { 'data-testid': 'report-theme', children: 'Theme: ' + (themeState[0] || 'initial') + ' · primary ' + primary }),
      ],
    })
  }

  return { __esModule: true, default: Report }
})
