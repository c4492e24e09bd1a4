import { cloudWatchLogStreamUrl, isHttpsUrl, s3ConsoleUrl, stepFunctionsExecutionUrl } from './awsLinks'

const ARN = 'arn:aws:states:eu-central-1:123456789012:execution:hla-compass-discovery:run-000123'

describe('stepFunctionsExecutionUrl', () => {
  it('links a valid execution ARN to its console page, with the ARN encoded', () => {
    expect(stepFunctionsExecutionUrl(ARN, 'eu-central-1')).toBe(
      `https://eu-central-1.console.aws.amazon.com/states/home?region=eu-central-1#/v2/executions/details/${encodeURIComponent(ARN)}`,
    )
  })

  it('accepts other partitions such as aws-us-gov', () => {
    const arn = 'arn:aws-us-gov:states:us-gov-west-1:123456789012:execution:sm:run-1'
    expect(stepFunctionsExecutionUrl(arn, 'us-gov-west-1')).toMatch(/^https:\/\/us-gov-west-1\.console\.aws\.amazon\.com\//)
  })

  it.each([
    ['a bad region', ARN, 'eu-central'],
    ['a region with a host in it', ARN, 'evil.com/x-1'],
    ['an empty region', ARN, ''],
    ['an ARN of another region', ARN, 'us-east-1'],
    ['an ARN of another service', 'arn:aws:lambda:eu-central-1:123456789012:function:f', 'eu-central-1'],
    ['a short account', 'arn:aws:states:eu-central-1:1234:execution:sm:run-1', 'eu-central-1'],
    ['a state machine ARN', 'arn:aws:states:eu-central-1:123456789012:stateMachine:sm', 'eu-central-1'],
    ['a script', 'javascript:alert(1)', 'eu-central-1'],
  ])('gives null for %s', (_, arn, region) => {
    expect(stepFunctionsExecutionUrl(arn, region)).toBeNull()
  })
})

describe('cloudWatchLogStreamUrl', () => {
  it('encodes group and stream twice with $ for %', () => {
    expect(cloudWatchLogStreamUrl('/aws/batch/job', 'run/1', 'eu-central-1')).toBe(
      'https://eu-central-1.console.aws.amazon.com/cloudwatch/home?region=eu-central-1#logsV2:log-groups/log-group/$252Faws$252Fbatch$252Fjob/log-events/run$252F1',
    )
  })

  it('gives null for a bad region', () => {
    expect(cloudWatchLogStreamUrl('/g', 's', 'nowhere')).toBeNull()
  })
})

describe('s3ConsoleUrl', () => {
  it('links an object and a prefix', () => {
    expect(s3ConsoleUrl('s3://hla-data/workflow-files/wf/run/step/a b.csv', 'eu-central-1')).toBe(
      'https://s3.console.aws.amazon.com/s3/object/hla-data?region=eu-central-1&prefix=workflow-files%2Fwf%2Frun%2Fstep%2Fa%20b.csv',
    )
    expect(s3ConsoleUrl('s3://hla-data/workflow-files/', 'eu-central-1')).toMatch(/\/s3\/buckets\/hla-data\?/)
  })

  it('keeps a pre-signed https URI and refuses other schemes and bad buckets', () => {
    expect(s3ConsoleUrl('https://hla-data.s3.amazonaws.com/x?sig=1', 'eu-central-1')).toBe(
      'https://hla-data.s3.amazonaws.com/x?sig=1',
    )
    expect(s3ConsoleUrl('http://example.com/x', 'eu-central-1')).toBeNull()
    expect(s3ConsoleUrl('data:text/html,hi', 'eu-central-1')).toBeNull()
    expect(s3ConsoleUrl('s3://Bad_Bucket/x', 'eu-central-1')).toBeNull()
  })
})

describe('isHttpsUrl', () => {
  it('accepts https only', () => {
    expect(isHttpsUrl('https://a.b/')).toBe(true)
    expect(isHttpsUrl('javascript:alert(1)')).toBe(false)
    expect(isHttpsUrl('not a url')).toBe(false)
  })
})
