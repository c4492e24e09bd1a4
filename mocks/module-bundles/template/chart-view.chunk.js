/* The lazily loaded chart view of the template-style demo bundle (listed in ui.assets with its sha384). */
;(self.webpackChunkmod_peptide_atlas_explorer = self.webpackChunkmod_peptide_atlas_explorer || []).push([
  'chart-view',
  function (React, runtime, antd) {
    var jsx = runtime.jsx
    return function ChartView(props) {
      return jsx(antd.Card, {
        type: 'inner',
        title: 'Chart view (lazy chunk)',
        'data-testid': 'template-chart-view',
        children: props.rows.map(function (row) {
          return jsx(antd.Progress, { key: row.key, percent: Math.round(row.score * 100), format: function () { return row.peptide } })
        }),
      })
    }
  },
])
