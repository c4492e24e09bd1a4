import { FormControl, InputLabel, OutlinedInput } from '@mui/material'
import { useId } from 'react'
import { useUrlParams } from '@/shared/lib/useUrlParams'

/**
 * A date (`YYYY-MM-DD`) filter kept in the URL. The browser's date input commits whole dates only, so it writes the
 * URL at once; the label always floats, because the input shows its own format hint.
 */
export function DateFilter({ urlKey, label }: { urlKey: string; label: string }) {
  const { get, update } = useUrlParams()
  const id = useId()
  return (
    <FormControl size="small" sx={{ width: '10.5rem' }}>
      <InputLabel htmlFor={id} shrink>
        {label}
      </InputLabel>
      <OutlinedInput
        id={id}
        type="date"
        label={label}
        notched
        value={get(urlKey) ?? ''}
        onChange={(event) => update({ [urlKey]: event.target.value })}
      />
    </FormControl>
  )
}
