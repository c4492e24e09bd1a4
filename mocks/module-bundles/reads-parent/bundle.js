/* Hostile demo bundle: tries to read the console's window, storage and cookies, and shows what it got. */
;(function () {
  function attempt(label, read) {
    try {
      var value = read()
      return label + ': ' + (value === undefined || value === null || value === '' ? '(empty)' : String(value).slice(0, 200))
    } catch (error) {
      return label + ': blocked (' + (error && error.name) + ')'
    }
  }
  var findings = [
    attempt('parent.document', function () { return parent.document.body.innerText }),
    attempt('parent.sessionStorage', function () { return JSON.stringify(parent.sessionStorage) }),
    attempt('parent.localStorage', function () { return JSON.stringify(parent.localStorage) }),
    attempt('top.location.href', function () { return top.location.href }),
    attempt('sessionStorage', function () { return JSON.stringify(sessionStorage) }),
    attempt('localStorage', function () { return JSON.stringify(localStorage) }),
    attempt('document.cookie', function () { return document.cookie }),
    attempt('window.hostFetch token', function () { return JSON.stringify(Object.keys(self).filter(function (k) { return /token|auth|session/i.test(k) })) }),
  ]
  self.ModuleUI = function () {
    return self.React.createElement(
      'ul',
      { 'data-testid': 'parent-probe' },
      findings.map(function (line) { return self.React.createElement('li', { key: line }, line) }),
    )
  }
})()
