import { Button, Container, Typography } from '@mui/material'
import { Link as RouterLink, useLocation } from 'react-router'

/** 404 inside the shell: the address, and a way back. */
export function Component() {
  const location = useLocation()
  return (
    <Container maxWidth="md" sx={{ py: 4 }}>
      <Typography variant="h1" sx={{ mb: 1 }}>
        Page not found
      </Typography>
      <Typography color="textSecondary" sx={{ mb: 3 }}>
        There is no page at <code>{location.pathname}</code>. The link may be old or mistyped.
      </Typography>
      <Button component={RouterLink} to="/" variant="contained">
        Go to the home page
      </Button>
    </Container>
  )
}
