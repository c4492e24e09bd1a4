import { overrideUrlProblem, parseJsonObject } from './harnessState'

describe('the harness’s bundle URL (module-ui-contract §10)', () => {
  it.each(['http://localhost:5174/bundle.js', 'http://127.0.0.1:8080/dist/bundle.js', 'http://localhost/bundle.js'])(
    'accepts %s',
    (url) => {
      expect(overrideUrlProblem(url)).toBeNull()
    },
  )

  it.each([
    'https://localhost:5174/bundle.js',
    'http://localhost.example.com/bundle.js',
    'http://user@localhost/bundle.js',
    'http://user:pw@127.0.0.1:3000/bundle.js',
    'http://127.0.0.2/bundle.js',
    'http://[::1]:3000/bundle.js',
    'file:///tmp/bundle.js',
    'javascript:alert(1)',
  ])('refuses %s', (url) => {
    expect(overrideUrlProblem(url)).toMatch(/Only http:\/\/localhost/)
  })

  it('validates JSON editors before anything is applied', () => {
    expect(parseJsonObject('{"a": 1}')).toEqual({ value: { a: 1 } })
    expect(parseJsonObject('[1]')).toEqual({ error: 'Enter a JSON object ({ … }).' })
    expect(parseJsonObject('{a:1}')).toMatchObject({ error: expect.stringMatching(/Not valid JSON/) })
  })
})
