import { Card, CardContent, CardHeader } from '@mui/material'
import { useId, type ReactNode } from 'react'

/** A titled card that is also a labelled region, so people and tests find it by its title. */
export function SectionCard({ title, action, children }: { title: string; action?: ReactNode; children: ReactNode }) {
  const headingId = useId()
  return (
    <Card component="section" aria-labelledby={headingId} sx={{ height: '100%' }}>
      <CardHeader title={title} action={action} slotProps={{ title: { variant: 'h3', component: 'h2', id: headingId } }} />
      <CardContent sx={{ pt: 0 }}>{children}</CardContent>
    </Card>
  )
}
