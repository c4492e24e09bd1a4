import { Box, Typography } from '@mui/material'
import { Lexer, type Token, type Tokens } from 'marked'
import { useMemo, type ReactNode } from 'react'
import { isHttpsUrl } from '@/shared/lib/awsLinks'
import { ExternalLink } from '@/shared/ui/ExternalLink'

/**
 * Markdown as React elements (issue 18; docs/decisions/018): `marked` only tokenizes, and this walks its tokens. Raw
 * HTML tokens are dropped, so no tag of the file reaches the DOM; a link is a link only to `https:` (ExternalLink),
 * otherwise its text; an image is never loaded (a remote resource), only named. No `innerHTML` anywhere.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

/** The few entities Markdown text keeps as written (`&amp;`), read as the characters they stand for. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1))
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
  })
}

const plainText = (tokens: readonly Token[] | undefined): string =>
  (tokens ?? [])
    .map((token) => ('tokens' in token && token.tokens ? plainText(token.tokens) : 'text' in token ? token.text : ''))
    .join('')

function inline(tokens: readonly Token[] | undefined): ReactNode[] {
  return (tokens ?? []).map((token, i) => {
    switch (token.type) {
      case 'strong':
        return <strong key={i}>{inline(token.tokens)}</strong>
      case 'em':
        return <em key={i}>{inline(token.tokens)}</em>
      case 'del':
        return <del key={i}>{inline(token.tokens)}</del>
      case 'codespan':
        return <code key={i}>{decodeEntities(token.text)}</code>
      case 'br':
        return <br key={i} />
      case 'link': {
        const link = token as Tokens.Link
        const text = inline(link.tokens)
        return isHttpsUrl(link.href) ? (
          <ExternalLink
            key={i}
            href={link.href}
            label={`${plainText(link.tokens) || link.href} (new tab)`}
            sx={{ fontSize: 'inherit' }}
          >
            {text}
          </ExternalLink>
        ) : (
          <span key={i}>{text}</span>
        )
      }
      case 'image':
        return (
          <Box key={i} component="span" sx={{ color: 'text.secondary' }}>
            {`[image not loaded: ${(token as Tokens.Image).text || 'no description'}]`}
          </Box>
        )
      case 'html':
        return null
      case 'text':
      case 'escape':
        return 'tokens' in token && token.tokens ? inline(token.tokens) : decodeEntities(token.text)
      default:
        return 'tokens' in token && token.tokens ? inline(token.tokens) : null
    }
  })
}

function block(token: Token, key: number): ReactNode {
  switch (token.type) {
    case 'heading': {
      // The drawer's title is the h2: the document's own levels start below it.
      const level = Math.min(6, (token as Tokens.Heading).depth + 2)
      return (
        <Typography key={key} component={`h${level}` as 'h3'} variant={level <= 3 ? 'h3' : 'subtitle1'} sx={{ mt: 2, mb: 1 }}>
          {inline(token.tokens)}
        </Typography>
      )
    }
    case 'paragraph':
      return (
        <Typography key={key} variant="body2" component="p" sx={{ my: 1 }}>
          {inline(token.tokens)}
        </Typography>
      )
    case 'text':
      return <span key={key}>{'tokens' in token && token.tokens ? inline(token.tokens) : decodeEntities(token.text)}</span>
    case 'code':
      return (
        <Box key={key} component="pre" sx={{ p: 1, bgcolor: 'action.hover', borderRadius: 1, overflowX: 'auto' }}>
          <code>{(token as Tokens.Code).text}</code>
        </Box>
      )
    case 'blockquote':
      return (
        <Box
          key={key}
          component="blockquote"
          sx={{ m: 0, pl: 2, borderLeft: 3, borderColor: 'divider', color: 'text.secondary' }}
        >
          {blocks((token as Tokens.Blockquote).tokens)}
        </Box>
      )
    case 'list': {
      const list = token as Tokens.List
      return (
        <Box
          key={key}
          component={list.ordered ? 'ol' : 'ul'}
          start={list.ordered && list.start !== '' ? list.start : undefined}
          sx={{ my: 1 }}
        >
          {list.items.map((item, i) => (
            <Typography key={i} component="li" variant="body2">
              {item.task ? (item.checked ? '☑ ' : '☐ ') : ''}
              {blocks(item.tokens)}
            </Typography>
          ))}
        </Box>
      )
    }
    case 'table': {
      const table = token as Tokens.Table
      return (
        <Box key={key} sx={{ overflowX: 'auto', my: 1 }}>
          <Box component="table" sx={{ borderCollapse: 'collapse', '& th, & td': { border: 1, borderColor: 'divider', px: 1 } }}>
            <thead>
              <tr>
                {table.header.map((cell, i) => (
                  <th key={i} scope="col" style={{ textAlign: cell.align ?? undefined }}>
                    {inline(cell.tokens)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, i) => (
                    <td key={i} style={{ textAlign: cell.align ?? undefined }}>
                      {inline(cell.tokens)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </Box>
        </Box>
      )
    }
    case 'hr':
      return <hr key={key} />
    // Raw HTML, link definitions and blank space render nothing.
    default:
      return null
  }
}

const blocks = (tokens: readonly Token[]): ReactNode[] => tokens.map(block)

/** The default export is the lazily loaded chunk (MarkdownPreview). */
export default function MarkdownDocument({ text, label }: { text: string; label: string }) {
  const tokens = useMemo(() => Lexer.lex(text, { gfm: true }), [text])
  return (
    <Box component="article" aria-label={label} sx={{ overflowWrap: 'anywhere', '& code': { fontFamily: 'monospace' } }}>
      {blocks(tokens)}
    </Box>
  )
}
