import { useId, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { useSession } from '../api/useSession';
import { describeProblem } from '../lib/errors';

const ADD_COMMENT = graphql(`
  mutation AddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      comment {
        id
      }
    }
  }
`);

/**
 * Writing a comment, or a reply to one (`parentId`). Signed out, it says how to take part. The text is Markdown;
 * what the person wrote stays in the box when the API refuses it, so nothing is lost.
 */
export function CommentForm(props: {
  threadId: string;
  parentId?: string;
  label: string;
  onPosted: () => void;
  onCancel?: () => void;
  /** In a seminar's follow-up thread: its speakers, whom a comment can ask (they are notified). */
  speakers?: { id: string; name: string }[];
}) {
  const session = useSession();
  const location = useLocation();
  const id = useId();
  const [result, addComment] = useMutation(ADD_COMMENT);
  const [problem, setProblem] = useState<string | null>(null);
  if (!session) {
    return (
      <p className="hint">
        <Link to={`/anmelden?weiter=${encodeURIComponent(location.pathname)}`}>Melden Sie sich an</Link>, um mitzudiskutieren.
      </p>
    );
  }
  return (
    <form
      className="form comment-form"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const formData = new FormData(form);
        const body = String(formData.get('body') ?? '').trim();
        const addressedSpeakerIds = formData.getAll('speaker').map(String);
        if (!body) {
          setProblem('Bitte schreiben Sie etwas.');
          return;
        }
        const { data, error } = await addComment({
          input: {
            threadId: props.threadId,
            body,
            ...(props.parentId ? { parentId: props.parentId } : {}),
            ...(addressedSpeakerIds.length ? { addressedSpeakerIds } : {}),
          },
        });
        if (data) {
          form.reset();
          setProblem(null);
          props.onPosted();
          return;
        }
        const p = describeProblem(error);
        setProblem(p.fields.body ?? (p.fields.addressedSpeakerIds ? 'Diese Person spricht nicht in diesem Seminar.' : p.message));
      }}
    >
      <label htmlFor={id}>{props.label}</label>
      <textarea
        id={id}
        name="body"
        rows={4}
        maxLength={10000}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : `${id}-hint`}
      />
      <p id={`${id}-hint`} className="hint">
        Markdown geht: **fett**, _kursiv_, Listen mit „- “.
      </p>
      {props.speakers?.length ? (
        <fieldset className="speaker-choice">
          <legend>Als Frage an (freiwillig)</legend>
          {props.speakers.map((speaker) => (
            <label key={speaker.id} className="checkbox">
              <input type="checkbox" name="speaker" value={speaker.id} /> {speaker.name}
            </label>
          ))}
        </fieldset>
      ) : null}
      {problem ? (
        <p id={`${id}-problem`} className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="form__actions">
        <button type="submit" disabled={result.fetching}>
          {result.fetching ? 'Wird gesendet …' : props.parentId ? 'Antwort senden' : 'Kommentar senden'}
        </button>
        {props.onCancel ? (
          <button type="button" className="link-button" onClick={props.onCancel}>
            Abbrechen
          </button>
        ) : null}
      </div>
    </form>
  );
}
