import { FormControl, FormHelperText, InputLabel, OutlinedInput, type OutlinedInputProps } from '@mui/material'
import { useId, type ReactNode } from 'react'

type Props = Omit<OutlinedInputProps, 'label' | 'id'> & {
  label: string
  helperText?: ReactNode
}

/**
 * A labelled text input for filters and checkers outside forms. Unlike TextField it does not pull in MUI's Select and
 * its menu machinery, which matters for first-load budgets; forms in dialogs keep using TextField.
 */
export function InputField({ label, helperText, error, sx, fullWidth, ...input }: Props) {
  const id = useId()
  const helperId = `${id}-helper`
  return (
    <FormControl size="small" sx={sx} fullWidth={fullWidth} error={error}>
      <InputLabel htmlFor={id}>{label}</InputLabel>
      <OutlinedInput id={id} label={label} aria-describedby={helperText ? helperId : undefined} {...input} />
      {helperText && <FormHelperText id={helperId}>{helperText}</FormHelperText>}
    </FormControl>
  )
}
