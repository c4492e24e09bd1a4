import {
  Box,
  Checkbox,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  FormLabel,
  InputLabel,
  NativeSelect,
  OutlinedInput,
} from '@mui/material'
import { useId } from 'react'
import { Controller, type Control } from 'react-hook-form'
import type { FormField } from '../../lib/inputSchema'
import type { FormValues } from '../../lib/inputValues'
import { fieldHint } from '../../lib/fieldHints'
import { clipText, DISPLAY_LIMIT } from '@/shared/lib/clip'

type Props = { field: FormField; control: Control<FormValues>; error?: string }

/** The line under a field: the error first (it is what needs doing), then the description, the accepted values and the name. */
function Help({ id, field, error }: { id: string; field: FormField; error?: string }) {
  const hint = fieldHint(field)
  return (
    <FormHelperText id={id} component="div" sx={{ mx: 0 }}>
      {error && (
        <Box component="span" sx={{ display: 'block', fontWeight: 600 }}>
          {error}
        </Box>
      )}
      <Box component="span" sx={{ color: 'text.secondary' }}>
        {clipText([field.description, hint].filter(Boolean).join(' '), DISPLAY_LIMIT.prose)}
        {field.description || hint ? ' · ' : ''}
        <Box component="code" sx={{ fontSize: 'inherit' }}>
          {field.name}
        </Box>
      </Box>
    </FormHelperText>
  )
}

/** One generated parameter field (issue 4 §3); every kind is a native control, labelled and described. */
export function ParameterField({ field, control, error }: Props) {
  const id = useId()
  const helpId = `${id}-help`
  const invalid = !!error
  return (
    <Controller
      control={control}
      name={field.key}
      render={({ field: input }) => {
        if (field.kind === 'boolean')
          return (
            <FormControl error={invalid}>
              <FormControlLabel
                label={field.label}
                control={
                  <Checkbox
                    checked={input.value === true}
                    onChange={(_event, checked) => input.onChange(checked)}
                    onBlur={input.onBlur}
                    slotProps={{ input: { ref: input.ref, 'aria-describedby': helpId } }}
                  />
                }
              />
              <Help id={helpId} field={field} error={error} />
            </FormControl>
          )
        if (field.kind === 'multiselect') {
          const chosen = Array.isArray(input.value) ? input.value : []
          return (
            // A fieldset is at least as wide as its longest word: minWidth 0 lets a long legend wrap instead.
            <FormControl
              component="fieldset"
              error={invalid}
              required={field.required}
              aria-describedby={helpId}
              sx={{ minWidth: 0 }}
            >
              <FormLabel component="legend">{field.label}</FormLabel>
              <FormGroup sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(10rem, 1fr))' }}>
                {(field.options ?? []).map((option, index) => (
                  <FormControlLabel
                    key={option.value}
                    label={option.label}
                    control={
                      <Checkbox
                        size="small"
                        checked={chosen.includes(option.value)}
                        slotProps={{ input: { ref: index === 0 ? input.ref : undefined } }}
                        onBlur={input.onBlur}
                        onChange={(_event, checked) =>
                          input.onChange(
                            checked
                              ? (field.options ?? []).map((o) => o.value).filter((v) => v === option.value || chosen.includes(v))
                              : chosen.filter((v) => v !== option.value),
                          )
                        }
                      />
                    }
                  />
                ))}
              </FormGroup>
              <Help id={helpId} field={field} error={error} />
            </FormControl>
          )
        }
        if (field.kind === 'select')
          return (
            <FormControl error={invalid} required={field.required} sx={{ minWidth: 240, maxWidth: 480 }}>
              <InputLabel htmlFor={id} shrink>
                {field.label}
              </InputLabel>
              <NativeSelect
                id={id}
                value={typeof input.value === 'string' ? input.value : ''}
                onChange={(event) => input.onChange(event.target.value)}
                onBlur={input.onBlur}
                inputRef={input.ref}
                input={<OutlinedInput label={field.label} notched />}
                inputProps={{ 'aria-describedby': helpId }}
              >
                <option value="">{field.required ? 'Choose…' : '— not set (platform default) —'}</option>
                {(field.options ?? []).map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </NativeSelect>
              <Help id={helpId} field={field} error={error} />
            </FormControl>
          )
        const multiline = field.kind === 'list' || field.kind === 'json'
        const numeric = field.kind === 'number' || field.kind === 'integer'
        return (
          <FormControl error={invalid} required={field.required} fullWidth sx={{ maxWidth: multiline ? 720 : 480 }}>
            <InputLabel htmlFor={id}>{field.label}</InputLabel>
            <OutlinedInput
              id={id}
              label={field.label}
              value={typeof input.value === 'string' ? input.value : ''}
              onChange={input.onChange}
              onBlur={input.onBlur}
              inputRef={input.ref}
              name={input.name}
              multiline={multiline}
              minRows={multiline ? 4 : undefined}
              maxRows={multiline ? 14 : undefined}
              inputProps={{
                'aria-describedby': helpId,
                inputMode: numeric ? (field.kind === 'integer' ? 'numeric' : 'decimal') : undefined,
                spellCheck: false,
              }}
              sx={multiline ? { fontFamily: 'monospace' } : undefined}
            />
            <Help id={helpId} field={field} error={error} />
          </FormControl>
        )
      }}
    />
  )
}
