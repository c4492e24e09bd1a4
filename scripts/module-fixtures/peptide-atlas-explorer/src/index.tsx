// The demo's template-style module UI "peptide-atlas-explorer" (mocks/module-bundles/template): antd and icons from
// the host's packs, a lazily loaded chart view listed in ui.assets (bundle.json), and a second chunk that is not listed,
// which the frame's script policy must refuse.
import { lazy, Suspense, useEffect, useState } from 'react'
import { Button, Card, Space, Spin, Table, Tag, version } from 'antd'
import { BarChartOutlined, ExperimentOutlined } from '@ant-design/icons'

export type Row = { key: string; peptide: string; allele: string; tissue: string; score: number }

const ChartView = lazy(() => import(/* webpackChunkName: "chart-view" */ './ChartView'))

const ROWS: Row[] = [
  { key: '1', peptide: 'SLLQHLIGL', allele: 'HLA-A*02:01', tissue: 'liver', score: 0.92 },
  { key: '2', peptide: 'KVAELVHFL', allele: 'HLA-A*02:01', tissue: 'lung', score: 0.88 },
  { key: '3', peptide: 'RPRGEVRFL', allele: 'HLA-B*07:02', tissue: 'spleen', score: 0.81 },
]

export default function Explorer({ runId }: { runId: string }) {
  const [view, setView] = useState<'table' | 'chart'>('table')
  const [extra, setExtra] = useState('')
  const [runInfo, setRunInfo] = useState('')
  useEffect(() => {
    // The template's apiGet: a same-origin /api fetch, routed through hostFetch by the frame.
    fetch('/api/v1/module-runs/' + encodeURIComponent(runId), { credentials: 'include' })
      .then((response) => response.json().then((body: { status?: string } | null) => [response.status, body] as const))
      .then(([status, body]) => setRunInfo('apiGet run: HTTP ' + status + (body && body.status ? ' · ' + body.status : '')))
      .catch((error: Error) => setRunInfo('apiGet run failed: ' + error.message))
  }, [runId])

  const loadUnlisted = () => {
    import(/* webpackChunkName: "extra-view" */ './ExtraView').then(
      () => setExtra('UNLISTED CHUNK RAN'),
      (error: Error) => setExtra('Unlisted chunk refused: ' + error.message),
    )
  }

  return (
    <Card
      title={
        <span>
          <ExperimentOutlined /> Peptide Atlas Explorer
        </span>
      }
      data-testid="template-card"
    >
      <Space style={{ marginBottom: 12 }}>
        <Button type={view === 'table' ? 'primary' : 'default'} onClick={() => setView('table')}>
          Table
        </Button>
        <Button type={view === 'chart' ? 'primary' : 'default'} onClick={() => setView('chart')} icon={<BarChartOutlined />}>
          Chart view
        </Button>
        <Button onClick={loadUnlisted}>Load unlisted view</Button>
      </Space>
      {view === 'table' ? (
        <Table
          size="small"
          pagination={false}
          dataSource={ROWS}
          columns={[
            { title: 'Peptide', dataIndex: 'peptide' },
            { title: 'Allele', dataIndex: 'allele', render: (allele: string) => <Tag color="blue">{allele}</Tag> },
            { title: 'Tissue', dataIndex: 'tissue' },
            { title: 'Score', dataIndex: 'score' },
          ]}
        />
      ) : (
        <Suspense fallback={<Spin />}>
          <ChartView rows={ROWS} />
        </Suspense>
      )}
      <p data-testid="template-extra">{extra}</p>
      <p data-testid="template-api">{runInfo}</p>
      <p data-testid="template-antd">{'antd ' + version}</p>
    </Card>
  )
}
