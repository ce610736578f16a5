import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** What the user sees when a view failed to load or render: what happened and a way out. */
function ViewFailed() {
  const { t } = useTranslation();
  return (
    <section className="view" role="alert">
      <h1>{t('app.viewFailed.title')}</h1>
      <p>{t('app.viewFailed.description')}</p>
      <button
        type="button"
        onClick={() => {
          window.location.reload();
        }}
      >
        {t('app.viewFailed.reload')}
      </button>
    </section>
  );
}

interface Props {
  readonly children: ReactNode;
}

interface State {
  readonly failed: boolean;
}

/**
 * Catches a view that fails to load (its chunk is gone after a new deployment, the network
 * dropped) or throws while rendering, so the header and navigation stay usable. React offers
 * error boundaries only as class components. Give it `key={pathname}` to reset on navigation.
 */
export class ViewErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('view failed', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? <ViewFailed /> : this.props.children;
  }
}
