import { Component, type ReactNode } from 'react'
import { ErrorState } from './ErrorState'

type Props = { title: string; children: ReactNode }

/** Keeps a failing part of a page (a chart, an optional panel) from taking the whole page down: it explains itself instead. */
export class SectionErrorBoundary extends Component<Props, { error: unknown }> {
  override state = { error: null as unknown }

  static getDerivedStateFromError(error: unknown) {
    return { error }
  }

  override render() {
    if (this.state.error)
      return <ErrorState title={this.props.title} error={this.state.error} onRetry={() => this.setState({ error: null })} />
    return this.props.children
  }
}
