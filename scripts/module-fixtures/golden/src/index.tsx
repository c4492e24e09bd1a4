// The platform's golden example's entry (e2e/module-bundles/golden): React and ReactDOM bundled in, no externals, and
// the app rendered into a #root of its own as soon as the bundle loads. Its default export becomes ModuleUI.default.
import { createRoot } from 'react-dom/client'
import App from './App'

let container = document.getElementById('root')
if (!container) {
  container = document.createElement('div')
  container.id = 'root'
  document.body.appendChild(container)
}
createRoot(container).render(<App />)

export default App
