// Applies the stored colour mode before first paint (no flash); MUI keeps it under this key. A file rather than an
// inline script, so the console's Content-Security-Policy can allow scripts from 'self' only.
;(function () {
  try {
    var mode = localStorage.getItem('hla-compass-color-mode') || 'system'
    var dark = mode === 'dark' || (mode === 'system' && matchMedia('(prefers-color-scheme: dark)').matches)
    document.documentElement.classList.add(dark ? 'dark' : 'light')
  } catch (e) {}
})()
