import { Card, CardActionArea, CardContent, Chip, Stack, Typography } from '@mui/material'
import { useQuery } from '@tanstack/react-query'
import { ErrorState } from '@/shared/ui/ErrorState'
import { LoadingState } from '@/shared/ui/DataState'
import { clipText, DISPLAY_LIMIT } from '@/shared/lib/clip'
import { signInQueries } from './signInQueries'

type Props = { onPick: (email: string) => void; disabled: boolean; highlightEmail?: string }

/**
 * The demo's seeded users, one per role and one in several organizations; any of them signs in with one click. Each card
 * is a button, which holds no copy or show-more buttons: its texts are cut.
 */
export function DemoUserPicker({ onPick, disabled, highlightEmail }: Props) {
  const users = useQuery(signInQueries.demoUsers())
  if (users.isPending) return <LoadingState label="Loading demo users" />
  if (users.isError) return <ErrorState error={users.error} onRetry={() => void users.refetch()} />
  return (
    <Stack spacing={1.5} role="list" aria-label="Demo users">
      {users.data.items.map((user) => (
        <Card key={user.id} role="listitem" sx={user.email === highlightEmail ? { borderColor: 'primary.main' } : undefined}>
          <CardActionArea disabled={disabled} onClick={() => onPick(user.email)} aria-label={`Sign in as ${clipText(user.name)}`}>
            <CardContent>
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
                <Typography variant="subtitle1" component="span" sx={{ fontWeight: 600 }}>
                  {clipText(user.name)}
                </Typography>
                {user.roles.map((role) => (
                  <Chip key={role} label={role} color={role === 'superuser' ? 'secondary' : 'default'} />
                ))}
              </Stack>
              <Typography variant="body2" color="textSecondary">
                {clipText(user.email)} · {user.organizations.map((org) => clipText(org.name)).join(', ')}
              </Typography>
              <Typography variant="body2">{clipText(user.persona, DISPLAY_LIMIT.prose)}</Typography>
            </CardContent>
          </CardActionArea>
        </Card>
      ))}
    </Stack>
  )
}
