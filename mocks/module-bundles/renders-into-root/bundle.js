/* Hostile demo bundle: like many starter templates, it renders itself into #root when it loads. */
;(function () {
  var target = document.getElementById('root')
  if (target) self.ReactDOM.createRoot(target).render(self.React.createElement('h1', null, 'HIJACKED BY MODULE'))
  self.ModuleUI = function () {
    return self.React.createElement('p', { 'data-testid': 'root-probe' }, target ? '#root found and hijacked' : 'No #root on this page')
  }
})()
