import { FormControl, FormControlLabel, FormLabel, Radio, RadioGroup, Stack, TextField } from '@mui/material'
import { useId } from 'react'
import { Controller, useWatch, type UseFormReturn } from 'react-hook-form'
import { hostForProvider } from '@/shared/contract/imageRef'
import { PROVIDERS } from '@/shared/contract/registries'
import { EcrHostFields } from './EcrHostFields'
import type { RegistryFormValues } from './registryFormSchema'
import { PROVIDER_LABELS } from './registryText'

type Props = { form: UseFormReturn<RegistryFormValues>; host: string | null; onProviderChange: () => void }

/** Provider → host (registry-patterns.md §8): fixed for GHCR and Docker Hub, account ID + region for ECR. */
export function ProviderHostFields({ form, host, onProviderChange }: Props) {
  const labelId = useId()
  const provider = useWatch({ control: form.control, name: 'provider' })
  const { errors } = form.formState
  return (
    <Stack spacing={2}>
      <FormControl>
        <FormLabel id={labelId}>Provider</FormLabel>
        <Controller
          control={form.control}
          name="provider"
          render={({ field }) => (
            <RadioGroup
              row
              aria-labelledby={labelId}
              name={field.name}
              value={field.value}
              onChange={(_event, value) => {
                const next = PROVIDERS.find((candidate) => candidate === value)
                if (!next) return
                field.onChange(next)
                onProviderChange()
              }}
            >
              {PROVIDERS.map((value) => (
                <FormControlLabel key={value} value={value} control={<Radio />} label={PROVIDER_LABELS[value]} />
              ))}
            </RadioGroup>
          )}
        />
      </FormControl>
      {provider === 'ecr' ? (
        <EcrHostFields
          register={(name) => form.register(name)}
          errors={{ accountId: errors.accountId?.message, region: errors.region?.message }}
          host={host}
        />
      ) : (
        <TextField
          label="Host"
          value={hostForProvider(provider)}
          helperText={
            provider === 'dockerhub'
              ? 'Docker Hub is stored as docker.io (index.docker.io and registry-1.docker.io are the same registry).'
              : 'GHCR always uses ghcr.io.'
          }
          slotProps={{ input: { readOnly: true } }}
        />
      )}
    </Stack>
  )
}
