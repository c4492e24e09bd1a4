import { checkManifest, EXAMPLE_WITH_UI_MANIFEST } from './manifestCheck'

const fields = (text: string) => {
  const checked = checkManifest(text)
  return checked.ok ? [] : checked.problems.map((problem) => problem.field)
}

describe('checking a manifest before it is registered', () => {
  it('accepts the stub’s own example and takes its id, or the name when it has none', () => {
    const example = { id: 'local-devkit-example', name: 'Local Devkit Example', version: '0.1.0', type: 'no-ui' }
    expect(checkManifest(JSON.stringify(example))).toMatchObject({ ok: true, id: 'local-devkit-example' })
    expect(checkManifest(JSON.stringify(EXAMPLE_WITH_UI_MANIFEST))).toMatchObject({ ok: true, id: 'peptide-viewer' })
  })

  it('names the text itself when it is empty, not JSON or not an object', () => {
    expect(checkManifest('  ')).toEqual({
      ok: false,
      problems: [{ field: '(file)', message: 'Paste a manifest or pick manifest.json.' }],
    })
    expect(checkManifest('{"name": "x",')).toMatchObject({
      ok: false,
      problems: [{ field: '(file)', message: /^Not valid JSON: / }],
    })
    expect(fields('["name", "version"]')).toEqual(['(file)'])
  })

  it('names every field that is missing or of the wrong kind, at once', () => {
    expect(fields('{}')).toEqual(['name', 'version'])
    expect(fields('{"name": " ", "version": 1}')).toEqual(['name', 'version'])
    const wrong = { name: 'm', version: '1', id: '', type: 'with-iu', description: 3, inputs: [], ui: { globals: 'antd@5' } }
    expect(fields(JSON.stringify(wrong))).toEqual(['id', 'type', 'description', 'inputs', 'ui.globals'])
    expect(fields(JSON.stringify({ name: 'm', version: '1', ui: 'dist' }))).toEqual(['ui'])
  })
})
