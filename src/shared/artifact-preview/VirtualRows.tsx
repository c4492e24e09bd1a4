import { Box, type SxProps, type Theme } from '@mui/material'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef, type ReactNode } from 'react'

/** Rows are laid out at this height and never measured (a measured row forces a layout each); lines do not wrap. */
const ROW_HEIGHT = 20

type Props = {
  count: number
  /** Accessible name of the scrolling region, e.g. "Lines of notes.txt". */
  label: string
  renderRow: (index: number) => ReactNode
  height?: string
  /** One row (ROW_HEIGHT) that stays on top while the rows scroll, and scrolls sideways with them. */
  header?: ReactNode
  sx?: SxProps<Theme>
}

/**
 * A scrolling list of fixed-height rows of which only the visible ones are in the DOM: the lines of a 1 MB text file
 * or of a diff render in a frame. The region scrolls from the keyboard.
 */
export function VirtualRows({ count, label, renderRow, height = '60vh', header, sx }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null)
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual returns functions React Compiler must not memoize; we do not use the compiler.
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    // The sticky header sits before the rows in the scrolling box.
    scrollMargin: header ? ROW_HEIGHT : 0,
  })
  const margin = header ? ROW_HEIGHT : 0
  return (
    <Box
      ref={scrollRef}
      role="region"
      aria-label={label}
      tabIndex={0}
      sx={[
        {
          maxHeight: height,
          overflow: 'auto',
          fontFamily: 'monospace',
          fontSize: 'caption.fontSize',
          bgcolor: 'action.hover',
          borderRadius: 1,
          '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: 2 },
          '& .virtual-row': { position: 'absolute', top: 0, left: 0, minWidth: '100%', display: 'flex', whiteSpace: 'pre' },
        },
        ...(Array.isArray(sx) ? sx : [sx]),
      ]}
    >
      {header && (
        <Box
          sx={{
            position: 'sticky',
            top: 0,
            zIndex: 1,
            display: 'flex',
            whiteSpace: 'pre',
            minWidth: '100%',
            width: 'max-content',
            height: ROW_HEIGHT,
            lineHeight: `${ROW_HEIGHT}px`,
            bgcolor: 'background.paper',
            fontWeight: 600,
          }}
        >
          {header}
        </Box>
      )}
      <Box style={{ height: virtualizer.getTotalSize() }} sx={{ position: 'relative', minWidth: '100%', width: 'max-content' }}>
        {/* Plain elements styled once from the box above: a themed component per row costs a frame at 60 rows. */}
        {virtualizer.getVirtualItems().map((item) => (
          <div
            key={item.key}
            className="virtual-row"
            style={{ transform: `translateY(${item.start - margin}px)`, height: ROW_HEIGHT, lineHeight: `${ROW_HEIGHT}px` }}
          >
            {renderRow(item.index)}
          </div>
        ))}
      </Box>
    </Box>
  )
}
