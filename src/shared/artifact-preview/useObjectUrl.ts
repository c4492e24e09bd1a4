import { useEffect, useState } from 'react'

/**
 * An object URL of `blob` for as long as the component shows it, released afterwards (and when the blob changes), so
 * previewed images do not pile up in memory.
 */
export function useObjectUrl(blob: Blob | undefined): string | undefined {
  const [url, setUrl] = useState<{ blob: Blob; url: string }>()
  useEffect(() => {
    if (!blob) return
    const created = URL.createObjectURL(blob)
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the URL is an external resource made and released here
    setUrl({ blob, url: created })
    return () => URL.revokeObjectURL(created)
  }, [blob])
  return url && url.blob === blob ? url.url : undefined
}
