import { describeChange, describeChanges, fieldLabel, formatAuditValue, NO_VALUE } from './auditDiff'

describe('auditDiff', () => {
  it('shows a scalar change as from → to with a readable label', () => {
    expect(describeChange({ field: 'enabled', from: true, to: false })).toEqual({
      kind: 'value',
      field: 'enabled',
      label: 'Enabled',
      from: 'yes',
      to: 'no',
    })
  })

  it('shows an absent side of a create or delete as a dash', () => {
    expect(describeChange({ field: 'host', from: null, to: 'ghcr.io' })).toMatchObject({ from: NO_VALUE, to: 'ghcr.io' })
    expect(describeChange({ field: 'host', from: 'ghcr.io' })).toMatchObject({ from: 'ghcr.io', to: NO_VALUE })
  })

  it('turns a changed list into added, removed and kept items', () => {
    expect(
      describeChange({
        field: 'namespaces',
        from: ['ghcr.io/acme/*', 'ghcr.io/old/*'],
        to: ['ghcr.io/acme/*', 'ghcr.io/new/*', 'ghcr.io/more/tool'],
      }),
    ).toEqual({
      kind: 'list',
      field: 'namespaces',
      label: 'Namespace patterns',
      added: ['ghcr.io/new/*', 'ghcr.io/more/tool'],
      removed: ['ghcr.io/old/*'],
      kept: ['ghcr.io/acme/*'],
    })
  })

  it('treats a list created from nothing as all added, and a deleted one as all removed', () => {
    expect(describeChange({ field: 'namespaces', from: null, to: ['a/*', 'b/*'] })).toMatchObject({
      kind: 'list',
      added: ['a/*', 'b/*'],
      removed: [],
    })
    expect(describeChange({ field: 'namespaces', from: ['a/*'], to: null })).toMatchObject({ added: [], removed: ['a/*'] })
  })

  it('keeps an array replacing a scalar readable as from → to', () => {
    expect(describeChange({ field: 'x', from: 'one', to: ['two'] })).toMatchObject({ kind: 'value', from: 'one', to: '["two"]' })
  })

  it('shows unknown fields by name and objects as JSON', () => {
    expect(fieldLabel('quota.runs')).toBe('quota.runs')
    expect(formatAuditValue({ a: 1 })).toBe('{"a":1}')
    expect(formatAuditValue(0)).toBe('0')
  })

  it('never shows the value of a secret field', () => {
    const parts = describeChanges([
      { field: 'credential.secret', from: null, to: 'hunter2' },
      { field: 'credential.username', from: 'a', to: 'b' },
      { field: 'credential.hasSecret', from: false, to: true },
    ])
    expect(parts.map((part) => part.field)).toEqual(['credential.username', 'credential.hasSecret'])
    expect(JSON.stringify(parts)).not.toContain('hunter2')
  })
})
