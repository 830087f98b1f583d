import type { CombinedError } from 'urql';
import { describeProblem } from '../lib/errors';

/** While a page's data loads: announced politely, with a visible hint. */
export function Loading({ what }: { what: string }) {
  return (
    <p className="state state--loading" role="status">
      {what} werden geladen …
    </p>
  );
}

/** Nothing to show, and what to do about it. */
export function Empty({ children }: { children: React.ReactNode }) {
  return <div className="state state--empty">{children}</div>;
}

/** A failed request in German words, with "Erneut versuchen" where that can help. */
export function ErrorNotice({ error, retry }: { error: CombinedError; retry?: () => void }) {
  const problem = describeProblem(error);
  return (
    <div className="state state--error" role="alert">
      <p>{problem.message}</p>
      {problem.retryable && retry ? (
        <button type="button" onClick={retry}>
          Erneut versuchen
        </button>
      ) : null}
    </div>
  );
}
