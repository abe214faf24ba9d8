// A view that throws while rendering (a bug, or its code chunk failing to arrive over a flaky
// network) must not take the page with it: without a boundary React unmounts the whole tree and
// the reader is left with a blank screen. The shell (header, navigation, filters) stays; the
// view's place says what happened, as text, and offers a way on.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { Lang } from '../../domain/lang.ts';
import { t } from '../../format/messages.ts';

interface Props {
  lang: Lang;
  /** The address of the view: moving elsewhere clears the error. */
  resetKey: string;
  /** Where "back to the overview" leads (keeps language and filters). */
  homeHref: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
  key: string;
}

export class ViewErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for whoever opens the console; the reader sees the message below.
    console.error('view failed:', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { lang, homeHref } = this.props;
    return (
      <section className="panel" role="alert" aria-labelledby="view-error-title">
        <h2 id="view-error-title">{t(lang, 'app.viewError')}</h2>
        <p className="small">{t(lang, 'app.viewErrorDetail', { message: error.message })}</p>
        <p>
          <a href={homeHref}>{t(lang, 'app.backToOverview')}</a>{' '}
          <button type="button" onClick={() => window.location.reload()}>
            {t(lang, 'app.reload')}
          </button>
        </p>
      </section>
    );
  }
}
