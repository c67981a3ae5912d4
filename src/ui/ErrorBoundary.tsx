import { Component, type ReactNode } from 'react';

interface Props {
  /** What to show instead of children that threw while rendering. */
  fallback: (error: unknown) => ReactNode;
  children: ReactNode;
}

/** Contains a rendering error to its subtree, so one broken part never blanks the page. */
export class ErrorBoundary extends Component<Props, { error: unknown; failed: boolean }> {
  override state = { error: null as unknown, failed: false };

  static getDerivedStateFromError(error: unknown) {
    return { error, failed: true };
  }

  override render() {
    return this.state.failed ? this.props.fallback(this.state.error) : this.props.children;
  }
}
