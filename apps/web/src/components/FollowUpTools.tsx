import { lazy, Suspense, useId, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { useSession } from '../api/useSession';
import { describeProblem } from '../lib/errors';
import { TextArea } from './FormControls';

/** The lesson form carries the municipality combobox (React Aria): loaded only when asked for. */
const DraftLessonForm = lazy(() => import('./DraftLessonForm'));

const CLOSE = graphql(`
  mutation CloseThread($input: CloseThreadInput!) {
    closeThread(input: $input) {
      thread {
        id
        closedAt
        conclusion
        conclusionHtml
        viewerCanClose
      }
    }
  }
`);

/**
 * Under a discussion's opening post: closing it with a written conclusion (for those the API lets: `viewerCanClose`)
 * and, signed in, drafting a lesson from it (the API's draftLessonFromThread is open to everyone who may write).
 */
export function FollowUpTools(props: { threadId: string; closed: boolean; viewerCanClose: boolean }) {
  const session = useSession();
  const [closing, setClosing] = useState(false);
  const [drafting, setDrafting] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  if (!session) return null;
  return (
    <div className="follow-up-tools">
      <div role="status">{done ? <p className="status-message">{done}</p> : null}</div>
      <div className="form__actions">
        {props.viewerCanClose && !props.closed && !closing ? (
          <button type="button" onClick={() => setClosing(true)}>
            Diskussion abschließen
          </button>
        ) : null}
        {!drafting ? (
          <button type="button" onClick={() => setDrafting(true)}>
            Erfahrung daraus entwerfen
          </button>
        ) : null}
      </div>
      {closing && props.viewerCanClose && !props.closed ? (
        <CloseForm
          threadId={props.threadId}
          onCancel={() => setClosing(false)}
          onClosed={() => {
            setClosing(false);
            setDone('Die Diskussion ist abgeschlossen; das Ergebnis steht über den Kommentaren.');
          }}
        />
      ) : null}
      {drafting ? (
        <Suspense fallback={<p className="field__placeholder">Formular wird geladen …</p>}>
          <DraftLessonForm threadId={props.threadId} onCancel={() => setDrafting(false)} />
        </Suspense>
      ) : null}
    </div>
  );
}

function CloseForm(props: { threadId: string; onCancel: () => void; onClosed: () => void }) {
  const id = useId();
  const [result, close] = useMutation(CLOSE);
  const [conclusion, setConclusion] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <form
      className="form"
      noValidate
      aria-label="Diskussion abschließen"
      onSubmit={async (event) => {
        event.preventDefault();
        if (result.fetching) return;
        setProblem(null);
        if (conclusion.trim().length < 10) {
          setError('Bitte halten Sie das Ergebnis fest (mindestens 10 Zeichen).');
          document.getElementById(`${id}-conclusion`)?.focus();
          return;
        }
        setError(undefined);
        const { error: failed } = await close({ input: { threadId: props.threadId, conclusion: conclusion.trim() } });
        if (!failed) {
          props.onClosed();
          return;
        }
        const p = describeProblem(failed);
        if (p.fields.conclusion) setError(p.fields.conclusion);
        else setProblem(p.code === 'CONFLICT' ? 'Die Diskussion ist schon abgeschlossen. Bitte laden Sie die Seite neu.' : p.message);
      }}
    >
      {problem ? (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      ) : null}
      <TextArea
        id={`${id}-conclusion`}
        label="Ergebnis der Diskussion (Pflichtfeld)"
        hint="Steht danach über den Kommentaren; neue Kommentare sind dann nicht mehr möglich. Markdown geht."
        value={conclusion}
        onChange={setConclusion}
        error={error}
        required
        rows={4}
      />
      <div className="form__actions">
        <button type="submit">{result.fetching ? 'Wird abgeschlossen …' : 'Abschließen'}</button>
        <button type="button" className="link-button" onClick={props.onCancel}>
          Abbrechen
        </button>
      </div>
    </form>
  );
}
