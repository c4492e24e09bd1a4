import { Box } from '@mui/material'
import { UrlSearchField } from '@/shared/ui/UrlSearchField'

/** Debounced search over workflow name, description and id, kept in the URL (`q`). */
export function WorkflowSearch() {
  return (
    <Box sx={{ mb: 2 }}>
      <UrlSearchField
        urlKey="q"
        label="Search workflows"
        placeholder="Name, description or id"
        sx={{ minWidth: 260, width: '100%', maxWidth: 420 }}
      />
    </Box>
  )
}
