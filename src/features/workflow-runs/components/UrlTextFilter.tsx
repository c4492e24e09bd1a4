import { useEffect, useState } from 'react'
import { useDebouncedValue } from '@/shared/lib/useDebouncedValue'
import { useUrlParams } from '@/shared/lib/useUrlParams'
import { InputField } from '@/shared/ui/InputField'

// A burst of keystrokes becomes one request; the first keystroke after a pause goes through at once.
const DEBOUNCE_MS = 200

type Props = {
  urlKey: string
  label: string
  type?: 'search' | 'text' | 'number'
  placeholder?: string
  /** Draft text → the URL value ('' removes it). Must round-trip with `fromUrl`, or opening a URL would rewrite it. */
  toUrl?: (draft: string) => string
  fromUrl?: (value: string) => string
  /** id of a `<datalist>` offering suggestions. */
  list?: string
  width?: string
}

const same = (text: string) => text.trim()

/**
 * A text or number filter whose value lives in the URL: typed into local state, written to the URL debounced. The
 * filter bar remounts it (by key) when it clears every filter, so the draft follows.
 */
export function UrlTextFilter({
  urlKey,
  label,
  type = 'text',
  placeholder,
  toUrl = same,
  fromUrl = same,
  list,
  width = '10rem',
}: Props) {
  const { get, update } = useUrlParams()
  const [draft, setDraft] = useState(() => fromUrl(get(urlKey) ?? ''))
  const debounced = useDebouncedValue(draft, DEBOUNCE_MS)
  useEffect(() => {
    const next = toUrl(debounced)
    if ((get(urlKey) ?? '') !== next) update({ [urlKey]: next }, { replace: true })
  }, [debounced, get, update, toUrl, urlKey])
  return (
    <InputField
      label={label}
      type={type}
      placeholder={placeholder}
      value={draft}
      onChange={(event) => setDraft(event.target.value)}
      inputProps={{ list, ...(type === 'number' ? { min: 0, step: 'any' } : {}) }}
      sx={{ width }}
    />
  )
}
