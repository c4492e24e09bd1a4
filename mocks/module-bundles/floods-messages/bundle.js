/* Hostile demo bundle: floods the bridge (emit) and the parent window (postMessage). */
self.ModuleUI = function FloodsMessages(props) {
  var React = self.React
  var state = React.useState(0)
  React.useEffect(function () {
    var sent = 0
    var timer = setInterval(function () {
      for (var i = 0; i < 500; i++) {
        props.emit('flood', { i: sent })
        parent.postMessage({ v: 1, type: 'fault', code: 'MODULE_CRASHED', message: 'fake fault ' + sent }, '*')
        sent++
      }
      state[1](sent)
      if (sent >= 5000) clearInterval(timer)
    }, 10)
    return function () { clearInterval(timer) }
  }, [])
  return React.createElement('p', { 'data-testid': 'flood-probe' }, 'Messages sent: ' + state[0])
}
