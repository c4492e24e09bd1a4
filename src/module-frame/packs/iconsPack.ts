// The icons@6 runtime pack: @ant-design/icons 6 as the global `icons` (not `antIcons`), React external.
import * as icons from '@ant-design/icons'
;(window as unknown as { icons: typeof icons }).icons = icons
