import type { SxProps, Theme } from '@mui/material'
import { useEffect, useEffectEvent, useRef, useState } from 'react'
import { useUrlParams } from '@/shared/lib/useUrlParams'
import { InputField } from './InputField'
import { URL_SEARCH_DELAY_MS } from './urlSearchDelay'

type Props = {
  /** The search param it edits, e.g. `q`. */
  urlKey: string
  label: string
  placeholder?: string
  type?: 'search' | 'text' | 'number'
  /** Draft text → the URL value ('' removes it). Must round-trip with `fromUrl`, or opening a URL would rewrite it. */
  toUrl?: (draft: string) => string
  fromUrl?: (value: string) => string
  /** Keep the list's cursor and page: a filter of a drawer's tab, which does not page the list under the drawer. */
  keepCursor?: boolean
  /** id of a `<datalist>` offering suggestions. */
  list?: string
  sx?: SxProps<Theme>
}

const trimmed = (text: string) => text.trim()

/**
 * A text filter whose value lives in the URL (decision 012). What is typed stays in the field and reaches the URL
 * debounced, replacing the history entry, so Back is not a list of keystrokes. When the URL changes from outside
 * (Back, Forward, "Clear filters") the field shows what the URL now says; the URL catching up with our own writes is
 * no such change, so nothing typed since is lost.
 */
export function UrlSearchField({
  urlKey,
  label,
  placeholder,
  type = 'search',
  toUrl = trimmed,
  fromUrl = trimmed,
  keepCursor,
  list,
  sx,
}: Props) {
  const { get, update } = useUrlParams()
  const urlValue = get(urlKey) ?? ''
  const [draft, setDraft] = useState(() => fromUrl(urlValue))
  // Typed text waiting out the delay, and the URL values written but not rendered yet (the router renders a URL
  // change in a transition, a little later than the write).
  const [waiting, setWaiting] = useState<string | null>(null)
  const [written, setWritten] = useState<string[]>([])
  const lastKeystroke = useRef(Number.NEGATIVE_INFINITY)

  const [seen, setSeen] = useState(urlValue)
  if (urlValue !== seen) {
    setSeen(urlValue)
    const own = written.indexOf(urlValue)
    if (own >= 0) setWritten(written.slice(own + 1))
    else if (urlValue !== toUrl(draft)) {
      // Changed from outside: show it, and drop a write still waiting, which would undo it.
      setWritten([])
      setWaiting(null)
      setDraft(fromUrl(urlValue))
    }
  }

  const write = (text: string) => {
    const next = toUrl(text)
    if (update({ [urlKey]: next }, { replace: true, keepCursor })) setWritten((values) => [...values, next])
  }
  const writeLater = useEffectEvent(write)
  useEffect(() => {
    if (waiting === null) return
    const timer = setTimeout(() => {
      setWaiting(null)
      writeLater(waiting)
    }, URL_SEARCH_DELAY_MS)
    return () => clearTimeout(timer)
  }, [waiting])

  const onChange = (text: string) => {
    setDraft(text)
    const now = performance.now()
    const quiet = now - lastKeystroke.current >= URL_SEARCH_DELAY_MS
    lastKeystroke.current = now
    if (quiet) {
      setWaiting(null)
      write(text)
    } else setWaiting(text)
  }

  return (
    <InputField
      label={label}
      type={type}
      placeholder={placeholder}
      value={draft}
      onChange={(event) => onChange(event.target.value)}
      inputProps={{ list, ...(type === 'number' ? { min: 0, step: 'any' } : {}) }}
      sx={sx}
    />
  )
}
