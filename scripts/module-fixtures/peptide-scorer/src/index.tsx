// What the platform's public UI template builds (e2e/module-bundles/template): antd and icons from the host's packs,
// the chart view code-split into a lazily loaded JSONP chunk next to bundle.js.
import { lazy, Suspense, useState } from 'react'
import { Button, Card, message, Space, Spin, Typography } from 'antd'
import { ExperimentOutlined } from '@ant-design/icons'

// Read while the bundle loads, as the template does: without the antd pack this throws at load time.
const { Title, Text } = Typography
const ChartView = lazy(() => import('./ChartView'))

type ResultEnvelope = { status: 'success' | 'error' }
type Props = {
  runId: string
  inputData?: Record<string, unknown>
  onExecute(params: Record<string, unknown>): Promise<ResultEnvelope>
}

const ModuleUI = ({ runId, inputData, onExecute }: Props) => {
  const [result, setResult] = useState<string | null>(null)
  const [showChart, setShowChart] = useState(false)
  const run = async () => {
    const envelope = await onExecute({ peptides: ['SLLQHLIGL'] })
    setResult(envelope.status)
    if (envelope.status === 'success') message.success('Scoring finished')
    else message.error('Scoring failed')
  }
  return (
    <Card className="peptide-scorer">
      <Title level={4}>
        <ExperimentOutlined /> Peptide Scorer
      </Title>
      <Text data-testid="scorer-run">
        Run {runId} · {Object.keys(inputData || {}).length} inputs
      </Text>
      <Space style={{ display: 'flex', marginTop: 12 }}>
        <Button type="primary" onClick={run}>
          Score peptides
        </Button>
        <Button onClick={() => setShowChart(true)}>Show chart</Button>
      </Space>
      {result && <p data-testid="scorer-result">Result: {result}</p>}
      {showChart && (
        <Suspense fallback={<Spin />}>
          <ChartView scores={[0.92, 0.88, 0.81]} />
        </Suspense>
      )}
    </Card>
  )
}

export default ModuleUI
