/**
 * The divider under a tab bar, drawn inside the bar. A `borderBottom` on MUI's Tabs root (border-box, 48 px) leaves the
 * scroller 47 px for 48 px tabs, and a scrollable Tabs' IntersectionObserver (threshold 0.99) then takes every tab for
 * cut off and shows both scroll arrows beside tabs that fit, as soon as anything lays the page out again.
 */
export const TAB_BAR_SX = { boxShadow: 'inset 0 -1px 0 var(--mui-palette-divider)' } as const
