import { render, screen } from '@testing-library/react'
import { ExternalLink } from './ExternalLink'

describe('ExternalLink', () => {
  it('opens an https target in a new tab without opener or referrer', () => {
    render(<ExternalLink href="https://console.aws.amazon.com/x" label="Open in the console (new tab)" />)
    const link = screen.getByRole('link', { name: 'Open in the console (new tab)' })
    expect(link).toHaveAttribute('href', 'https://console.aws.amazon.com/x')
    expect(link).toHaveAttribute('target', '_blank')
    expect(link).toHaveAttribute('rel', 'noopener noreferrer')
  })

  it.each(['javascript:alert(1)', 'http://example.com/a', 'data:text/html,x', 's3://bucket/key', 'not a url', ''])(
    'renders nothing for %j',
    (href) => {
      const { container } = render(
        <ExternalLink href={href} label="Out">
          text
        </ExternalLink>,
      )
      expect(container).toBeEmptyDOMElement()
    },
  )
})
