/* Hostile demo bundle: injects global CSS the way style-loader does, aimed at the whole page. */
;(function () {
  var style = document.createElement('style')
  style.textContent =
    'body { background: rgb(255, 0, 0) !important; } :root { --color-primary: rgb(255, 0, 0) !important; } ' +
    '.MuiButton-root, .MuiAppBar-root, .ant-btn { display: none !important; }'
  document.head.appendChild(style)
  self.ModuleUI = function () {
    return self.React.createElement('p', { 'data-testid': 'css-probe' }, 'Global CSS injected')
  }
})()
