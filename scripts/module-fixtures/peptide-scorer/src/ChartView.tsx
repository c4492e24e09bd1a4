import { Card, Progress } from 'antd'

export default function ChartView({ scores }: { scores: number[] }) {
  return (
    <Card type="inner" title="Score chart (lazy chunk)" data-testid="scorer-chart">
      {scores.map((score, i) => (
        <Progress key={i} percent={Math.round(score * 100)} />
      ))}
    </Card>
  )
}
