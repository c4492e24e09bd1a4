/**
 * AWS console deep links (api-contract §10), built by the console without an API call. Every input is checked first:
 * a value that fails a check yields `null`, and the caller shows it as plain, copyable text instead of a link.
 */
const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Whether `region` looks like an AWS region (`eu-central-1`). */
export function isAwsRegion(region: string | null | undefined): region is string {
  return !!region && REGION.test(region)
}

/** Whether `arn` is a Step Functions execution ARN in `region`. */
export function isExecutionArn(arn: string, region: string): boolean {
  return new RegExp(`^arn:aws[a-z-]*:states:${escapeRegExp(region)}:\\d{12}:execution:[^:]+:[^:]+$`).test(arn)
}

/** The Step Functions console page of an execution, or `null` when the region or the ARN fails its check. */
export function stepFunctionsExecutionUrl(executionArn: string, region: string): string | null {
  if (!isAwsRegion(region) || !isExecutionArn(executionArn, region)) return null
  return `https://${region}.console.aws.amazon.com/states/home?region=${region}#/v2/executions/details/${encodeURIComponent(executionArn)}`
}

// CloudWatch's console encodes path parts twice and then writes `%` as `$`.
const cw = (text: string) => encodeURIComponent(encodeURIComponent(text)).replace(/%/g, '$')

/** The CloudWatch console page of a log stream, or `null` when the region fails its check or a name is empty. */
export function cloudWatchLogStreamUrl(logGroup: string, logStream: string, region: string): string | null {
  if (!isAwsRegion(region) || !logGroup || !logStream) return null
  return `https://${region}.console.aws.amazon.com/cloudwatch/home?region=${region}#logsV2:log-groups/log-group/${cw(logGroup)}/log-events/${cw(logStream)}`
}

/**
 * The S3 console page of an `s3://bucket/key` object (or of a prefix when the key ends in `/`); an `https:` URI
 * (pre-signed) is returned as is; anything else, or a failed check, is `null`.
 */
export function s3ConsoleUrl(uri: string, region: string): string | null {
  if (uri.startsWith('https://')) return isHttpsUrl(uri) ? uri : null
  const match = /^s3:\/\/([^/]+)\/(.*)$/.exec(uri)
  if (!match || !isAwsRegion(region)) return null
  const [, bucket = '', key = ''] = match
  if (!BUCKET.test(bucket)) return null
  const kind = key === '' || key.endsWith('/') ? 'buckets' : 'object'
  return `https://s3.console.aws.amazon.com/s3/${kind}/${bucket}?region=${region}&prefix=${encodeURIComponent(key)}`
}

/** Only `https:` URLs are ever rendered as links (api-contract §10). */
export function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:'
  } catch {
    return false
  }
}
