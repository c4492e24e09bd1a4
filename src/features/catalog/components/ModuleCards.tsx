import { Box, Card, CardContent, Link, Typography } from '@mui/material'
import { Link as RouterLink } from 'react-router'
import type { ModuleSummary } from '@/shared/contract/modules'
import { paths } from '@/shared/lib/paths'
import { categoryLabel, shownNameOf } from '../lib/catalogParams'
import { ModuleBadges } from './ModuleBadges'
import { PriceList } from './PriceList'
import { clipText, DISPLAY_LIMIT } from '@/shared/lib/clip'

/**
 * The catalog as cards. The title is the one link of a card (a list of links, not of nested interactive areas), and
 * its click target is stretched over the card. Everything from the server renders as text.
 */
export function ModuleCards({ modules }: { modules: ModuleSummary[] }) {
  return (
    <Box
      component="ul"
      aria-label="Modules"
      sx={{
        listStyle: 'none',
        p: 0,
        m: 0,
        display: 'grid',
        gap: 2,
        gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 20rem), 1fr))',
      }}
    >
      {modules.map((module) => (
        <li key={module.id}>
          <ModuleCard module={module} />
        </li>
      ))}
    </Box>
  )
}

function ModuleCard({ module }: { module: ModuleSummary }) {
  return (
    <Card
      variant="outlined"
      sx={{
        height: '100%',
        position: 'relative',
        display: 'flex',
        flexDirection: 'column',
        '&:focus-within': { outline: 2, outlineColor: 'primary.main', outlineStyle: 'solid' },
        '&:hover': { borderColor: 'primary.main' },
      }}
    >
      <CardContent sx={{ display: 'flex', flexDirection: 'column', gap: 1.25, flex: 1 }}>
        <Box>
          <Typography variant="h3" component="h2">
            <Link
              component={RouterLink}
              to={paths.module(module.id)}
              underline="hover"
              color="inherit"
              // The stretched link makes the whole card clickable while staying a single, named link.
              sx={{ '&::after': { content: '""', position: 'absolute', inset: 0 }, '&:focus-visible': { outline: 'none' } }}
            >
              {shownNameOf(module)}
            </Link>
          </Typography>
          <Typography variant="caption" color="textSecondary" sx={{ fontFamily: 'monospace' }}>
            {clipText(module.moduleName)} · v{module.currentVersion}
          </Typography>
        </Box>
        <ModuleBadges module={module} />
        <Typography
          variant="body2"
          color="textSecondary"
          sx={{
            display: '-webkit-box',
            WebkitLineClamp: 3,
            WebkitBoxOrient: 'vertical',
            overflow: 'hidden',
            overflowWrap: 'anywhere',
          }}
          title={clipText(module.description ?? '', DISPLAY_LIMIT.prose)}
        >
          {clipText(module.description ?? '', DISPLAY_LIMIT.prose) || 'No description.'}
        </Typography>
        <Typography variant="caption" color="textSecondary">
          {[module.category && categoryLabel(module.category), module.author?.name && clipText(module.author.name)]
            .filter(Boolean)
            .join(' · ') || '—'}
        </Typography>
        <Box sx={{ mt: 'auto', pt: 1, borderTop: 1, borderColor: 'divider' }}>
          <PriceList pricing={module.pricing} dense />
        </Box>
      </CardContent>
    </Card>
  )
}
