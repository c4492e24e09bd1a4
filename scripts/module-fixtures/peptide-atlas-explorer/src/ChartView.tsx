// The lazily loaded chart view (chart-view.chunk.js, listed in ui.assets with its sha384).
import { Card, Progress } from 'antd'
import type { Row } from './index'

export default function ChartView({ rows }: { rows: Row[] }) {
  return (
    <Card type="inner" title="Chart view (lazy chunk)" data-testid="template-chart-view">
      {rows.map((row) => (
        <Progress key={row.key} percent={Math.round(row.score * 100)} format={() => row.peptide} />
      ))}
    </Card>
  )
}
