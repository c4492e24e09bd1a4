/* Hostile demo bundle: tries to navigate the console away, then navigates its own frame. */
self.ModuleUI = function NavigatesTop() {
  var React = self.React
  React.useEffect(function () {
    try { top.location.href = 'https://phishing.example.com/' } catch (e) { /* blocked by the sandbox */ }
    try { window.open('https://phishing.example.com/') } catch (e) { /* no popups */ }
    setTimeout(function () { location.href = 'about:blank' }, 50)
  }, [])
  return React.createElement('p', null, 'Navigating…')
}
