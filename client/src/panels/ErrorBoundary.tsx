import { Component, type ErrorInfo, type ReactNode } from 'react';
import { translate } from '../i18n/i18n';

interface State {
  failed: boolean;
}

/** Last resort: a readable page instead of a blank one. The board itself is safe in the document. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Essaim crashed', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <main className="page-loading" role="alert">
        <p>{translate('errors.crash')}</p>
        <button type="button" className="button primary" onClick={() => location.reload()}>
          {translate('common.reload')}
        </button>
      </main>
    );
  }
}
