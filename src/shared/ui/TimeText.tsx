import { formatDate, formatDateTime } from '@/shared/lib/format'

/** A time in the user's locale, with the exact ISO time on hover (product.md "Everywhere"). */
export function TimeText({ iso, dateOnly }: { iso: string | null | undefined; dateOnly?: boolean }) {
  if (!iso) return <>—</>
  return (
    <time dateTime={iso} title={iso}>
      {dateOnly ? formatDate(iso) : formatDateTime(iso)}
    </time>
  )
}
