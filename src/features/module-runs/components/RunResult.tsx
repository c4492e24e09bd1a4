import { Alert, AlertTitle, Box, Stack, Typography } from '@mui/material'
import { useQuery } from '@tanstack/react-query'
import type { ColumnDef } from '@tanstack/react-table'
import { useMemo } from 'react'
import type { ResultEnvelope } from '@/shared/contract/moduleRuns'
import { formatDuration } from '@/shared/lib/format'
import { DataTable } from '@/shared/ui/DataTable'
import { LoadingState } from '@/shared/ui/DataState'
import { ErrorState } from '@/shared/ui/ErrorState'
import { moduleRunQueries } from '@/shared/entities/moduleRuns'
import { resultTableOf, valueText, type ResultTable } from '../lib/resultTable'
import { JsonText } from '@/shared/ui/JsonText'
import { DISPLAY_LIMIT } from '@/shared/lib/clip'
import { LongText } from '@/shared/ui/LongText'

type Success = Extract<ResultEnvelope, { status: 'success' }>
type Failure = Extract<ResultEnvelope, { status: 'error' }>

/** The result envelope of a finished run: summary and results (a table when they are records), or the error. */
export function RunResult({ runId }: { runId: string }) {
  const result = useQuery(moduleRunQueries.result(runId))
  if (result.isPending) return <LoadingState label="Loading the result" />
  if (result.isError && result.data === undefined)
    return <ErrorState error={result.error} onRetry={() => void result.refetch()} />
  return result.data.status === 'success' ? (
    <SuccessResult runId={runId} result={result.data} />
  ) : (
    <FailureResult runId={runId} result={result.data} />
  )
}

function SuccessResult({ runId, result }: { runId: string; result: Success }) {
  const table = useMemo(() => resultTableOf(result.results), [result.results])
  const summary = Object.entries(result.summary)
  return (
    <Stack spacing={2}>
      {/* A devkit API's stub result has no metadata (issue 13). */}
      {result.metadata && (
        <Typography variant="body2" color="textSecondary">
          {result.metadata.module} {result.metadata.version} · worked {formatDuration(result.metadata.duration_seconds * 1000)}
        </Typography>
      )}
      {summary.length > 0 && (
        <Box
          component="dl"
          aria-label="Summary"
          sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(10rem, 1fr))', gap: 2, m: 0, '& dd': { m: 0 } }}
        >
          {summary.map(([key, value]) => (
            <div key={key}>
              <Typography component="dt" variant="caption" color="textSecondary">
                {key}
              </Typography>
              <Typography component="dd" variant="body1" sx={{ fontWeight: 600, wordBreak: 'break-word' }}>
                {valueText(value)}
              </Typography>
            </div>
          ))}
        </Box>
      )}
      {table ? (
        <ResultRows table={table} runId={runId} />
      ) : result.results === undefined || result.results === null ? null : (
        <JsonText value={result.results} label={`Results of ${runId}`} />
      )}
    </Stack>
  )
}

function ResultRows({ table, runId }: { table: ResultTable; runId: string }) {
  const columns = useMemo<ColumnDef<Record<string, unknown>, unknown>[]>(
    () =>
      table.columns.map(({ key, numeric }) => ({
        id: key,
        header: key,
        meta: numeric ? { align: 'right', nowrap: true } : undefined,
        cell: ({ row }) => valueText(row.original[key]),
      })),
    [table],
  )
  const ids = useMemo(() => new Map(table.rows.map((row, i) => [row, String(i)])), [table])
  return (
    <>
      <Typography variant="subtitle2" component="h3">
        Results ({table.rows.length} rows)
      </Typography>
      <DataTable
        label={`Results of ${runId}`}
        data={table.rows}
        columns={columns}
        getRowId={(row) => ids.get(row) ?? ''}
        maxHeight="30rem"
        rowHeight={37}
        focusableScroll
      />
    </>
  )
}

function FailureResult({ runId, result }: { runId: string; result: Failure }) {
  return (
    <Alert
      severity={result.error.type === 'cancelled' ? 'warning' : 'error'}
      sx={{ '& .MuiAlert-message': { minWidth: 0, flex: 1 } }}
    >
      <AlertTitle>
        {result.error.type}: <LongText value={result.error.message} max={DISPLAY_LIMIT.prose} label="error message" />
      </AlertTitle>
      {result.error.details !== undefined && result.error.details !== null && (
        <JsonText value={result.error.details} label={`Error details of ${runId}`} />
      )}
    </Alert>
  )
}
