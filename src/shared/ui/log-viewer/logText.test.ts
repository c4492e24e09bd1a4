import { filterLines, logAsText, matchParts } from './logText'

const lines = [
  { timestamp: '2026-01-15T12:00:00.000Z', level: 'info', message: '[INFO] Container started' },
  { timestamp: '2026-01-15T12:00:01.000Z', level: 'error', message: '<script>alert(1)</script> failed' },
  { timestamp: '2026-01-15T12:00:02.000Z', message: 'container stopped' },
]

describe('log text', () => {
  it('filters case-insensitively and keeps each line’s number in the whole log', () => {
    expect(filterLines(lines, 'CONTAINER', 101).map((l) => l.number)).toEqual([101, 103])
    expect(filterLines(lines, '  ')).toHaveLength(3)
  })

  it('cuts a message into matching and plain parts, every match, any case', () => {
    expect(matchParts('Container started; container ok', 'container')).toEqual([
      { text: 'Container', match: true },
      { text: ' started; ', match: false },
      { text: 'container', match: true },
      { text: ' ok', match: false },
    ])
    expect(matchParts('<img src=x>', '')).toEqual([{ text: '<img src=x>', match: false }])
  })

  it('writes the log as tab-separated text lines', () => {
    expect(logAsText(lines.slice(1))).toBe(
      '2026-01-15T12:00:01.000Z\terror\t<script>alert(1)</script> failed\n2026-01-15T12:00:02.000Z\t\tcontainer stopped\n',
    )
  })
})
