// The antd@5 runtime pack (module-ui-contract §1): antd 5 with its React 19 compatibility patch, bound to the page's
// React (external). Built into its own SRI-hashed file by scripts/vite/moduleRuntimePacks.ts; never a console chunk.
import '@ant-design/v5-patch-for-react-19'
import * as antd from 'antd'
;(window as unknown as { antd: typeof antd }).antd = antd
