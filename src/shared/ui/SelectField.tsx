import { clipText } from '@/shared/lib/clip'
import { FormControl, InputLabel, NativeSelect, OutlinedInput } from '@mui/material'
import { useId } from 'react'

type Option = { value: string; label: string }

type Props = {
  label: string
  value: string
  options: readonly Option[]
  onChange: (value: string) => void
  disabled?: boolean
  minWidth?: number
}

/**
 * A labelled select on the browser's native control: keyboard and screen-reader behaviour for free, and none of the
 * menu/popover machinery of MUI's Select (about 10 kB gzip that filters in every first load would otherwise carry).
 */
export function SelectField({ label, value, options, onChange, disabled, minWidth = 150 }: Props) {
  const id = useId()
  return (
    <FormControl size="small" sx={{ minWidth }} disabled={disabled}>
      <InputLabel htmlFor={id} shrink>
        {label}
      </InputLabel>
      <NativeSelect
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        input={<OutlinedInput label={label} notched />}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {clipText(option.label)}
          </option>
        ))}
      </NativeSelect>
    </FormControl>
  )
}
