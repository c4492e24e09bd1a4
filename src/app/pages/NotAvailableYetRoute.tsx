import { Alert, Container, Typography } from '@mui/material'
import { useMatches } from 'react-router'
import type { RouteHandle } from '../routing/toRoute'

/** An area that is not built yet says so honestly: no fake data anywhere. */
export function Component() {
  const matches = useMatches()
  const handle = matches[matches.length - 1]?.handle as RouteHandle | undefined
  const info = handle?.comingSoon
  return (
    <Container maxWidth="md" sx={{ py: 2 }}>
      <Typography variant="h1" sx={{ mb: 2 }}>
        {info?.title ?? 'Not available yet'}
      </Typography>
      <Alert severity="info">
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          Not available yet
        </Typography>
        <Typography variant="body2">{info?.description}</Typography>
        {info && (
          <Typography variant="caption" color="text.secondary">
            Planned in issue #{info.issue}.
          </Typography>
        )}
      </Alert>
    </Container>
  )
}
