import { useId, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { useIsModerator } from '../api/useViewerRoles';
import { Discussion } from '../components/Discussion';
import { FollowLevelSelect } from '../components/Follow';
import { FollowUpTools } from '../components/FollowUpTools';
import { FlagButton } from '../components/FlagButton';
import { NotThere } from '../components/NotThere';
import { ErrorNotice, Loading } from '../components/States';
import { describeProblem } from '../lib/errors';
import { formatWhen } from '../lib/format';
import { usePageTitle } from '../lib/usePageTitle';

const THREAD = graphql(`
  query ThreadPage($id: ID!) {
    thread(id: $id) {
      id
      title
      bodyHtml
      createdAt
      commentCount
      locked
      lockReason
      closedAt
      viewerCanClose
      viewerFollowLevel
      author {
        id
        displayName
      }
      experience {
        id
        title
      }
      seminarSession {
        id
        title
        speakers {
          id
          name
          confirmation
        }
      }
    }
  }
`);

const LOCK = graphql(`
  mutation LockThread($input: LockThreadInput!) {
    lockThread(input: $input) {
      thread {
        id
        locked
        lockReason
      }
    }
  }
`);

const UNLOCK = graphql(`
  mutation UnlockThread($input: LockThreadInput!) {
    unlockThread(input: $input) {
      thread {
        id
        locked
        lockReason
      }
    }
  }
`);

/** A discussion on its own (a follow-up of a seminar session, or a general question), as the mails link to it. */
export function ThreadPage() {
  const { id = '' } = useParams();
  const [result, refetch] = useQuery({ query: THREAD, variables: { id } });
  const { isModerator } = useIsModerator();
  const thread = result.data?.thread;
  usePageTitle(thread?.title ?? (result.fetching ? null : 'Diskussion'));
  if (result.fetching && !thread) return <Loading what="Die Diskussion" />;
  if (result.error?.graphQLErrors.some((e) => e.extensions?.code === 'NOT_FOUND')) {
    return <NotThere what="Diese Diskussion" />;
  }
  if (result.error || !thread) return <ErrorNotice error={result.error!} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  const authorName = thread.author?.displayName ?? 'Gelöschtes Konto';
  return (
    <article className="page">
      {thread.seminarSession ? (
        <p className="lesson__kicker">
          Aus dem Seminar <Link to={`/seminare/termine/${thread.seminarSession.id}`}>„{thread.seminarSession.title}“</Link>
        </p>
      ) : null}
      <h1>{thread.title}</h1>
      <p className="comment__meta">
        {authorName} · <time dateTime={thread.createdAt}>{formatWhen(thread.createdAt)}</time>
      </p>
      {thread.experience ? (
        <p>
          Zur Erfahrung: <Link to={`/erfahrungen/${thread.experience.id}`}>{thread.experience.title}</Link>
        </p>
      ) : null}
      <div className="thread__body" dangerouslySetInnerHTML={{ __html: thread.bodyHtml }} />
      {/* The opening post of a lesson's discussion is the lesson: it is reported on the lesson's page. */}
      {thread.experience ? null : (
        <FlagButton targetId={thread.id} authorId={thread.author?.id} what={`Eröffnungsbeitrag von ${authorName}`} />
      )}
      {thread.locked ? (
        <div className="notice" role="note">
          <p>
            <strong>Diese Diskussion wurde von der Moderation gesperrt.</strong>
            {thread.lockReason ? ` Grund: ${thread.lockReason}` : null}
          </p>
        </div>
      ) : null}
      {thread.closedAt ? <p className="notice">Diese Diskussion ist abgeschlossen.</p> : null}
      <section className="lesson__follow" aria-label="Der Diskussion folgen">
        <FollowLevelSelect targetId={thread.id} level={thread.viewerFollowLevel} />
      </section>
      <FollowUpTools threadId={thread.id} closed={!!thread.closedAt} viewerCanClose={thread.viewerCanClose} />
      {isModerator ? <LockForm threadId={thread.id} locked={thread.locked} /> : null}
      <Discussion
        threadId={thread.id}
        commentCount={thread.commentCount}
        closed={!!thread.closedAt}
        locked={thread.locked}
        moderator={isModerator}
        // A seminar's follow-up: a comment can ask its speakers.
        speakers={thread.seminarSession?.speakers.filter((s) => s.confirmation !== 'DECLINED')}
      />
    </article>
  );
}

/**
 * For moderators: lock the discussion against new comments, or open it again, each with a reason (shown with the
 * discussion and kept in the moderation log).
 */
function LockForm(props: { threadId: string; locked: boolean }) {
  const id = useId();
  const [lock, lockThread] = useMutation(LOCK);
  const [unlock, unlockThread] = useMutation(UNLOCK);
  const [error, setError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const busy = lock.fetching || unlock.fetching;
  const action = props.locked ? 'Diskussion entsperren' : 'Diskussion sperren';
  return (
    <section className="moderation-tools" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Moderation</h2>
      <div role="status">{done ? <p className="status-message">{done}</p> : null}</div>
      <form
        className="form decision"
        noValidate
        aria-label={action}
        onSubmit={async (event) => {
          event.preventDefault();
          // The button stays enabled while sending (a disabled button would lose the keyboard focus): one at a time.
          if (busy) return;
          const form = event.currentTarget;
          const reason = String(new FormData(form).get('reason') ?? '').trim();
          setProblem(null);
          setDone(null);
          if (reason.length < 3) {
            setError('Bitte begründen Sie die Entscheidung (mindestens 3 Zeichen).');
            form.querySelector('textarea')?.focus();
            return;
          }
          setError(null);
          const input = { threadId: props.threadId, reason };
          const { error: failed } = props.locked ? await unlockThread({ input }) : await lockThread({ input });
          if (!failed) {
            form.reset();
            setDone(
              props.locked
                ? 'Die Diskussion ist wieder offen: Alle können kommentieren.'
                : 'Die Diskussion ist gesperrt: Nur die Moderation kann noch schreiben.',
            );
            return;
          }
          const p = describeProblem(failed);
          if (p.fields.reason) setError(p.fields.reason);
          else
            setProblem(
              p.code === 'CONFLICT'
                ? 'Jemand aus der Moderation hat die Diskussion inzwischen schon gesperrt oder entsperrt. Bitte laden Sie die Seite neu.'
                : p.message,
            );
        }}
      >
        {problem ? (
          <p className="form-problem" role="alert">
            {problem}
          </p>
        ) : null}
        <div>
          <label htmlFor={`${id}-reason`}>Begründung (Pflichtfeld)</label>
          <p id={`${id}-hint`} className="hint">
            {props.locked
              ? 'Steht im Protokoll und im Verlauf der Diskussion.'
              : 'Steht öffentlich bei der Diskussion und im Protokoll. Gesperrt nimmt die Diskussion nur noch Beiträge der Moderation an.'}
          </p>
          <textarea
            id={`${id}-reason`}
            name="reason"
            rows={2}
            maxLength={1000}
            required
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
          />
          {error ? (
            <p id={`${id}-error`} className="field__error" role="alert">
              {error}
            </p>
          ) : null}
        </div>
        <div className="form__actions">
          <button type="submit">{action}</button>
        </div>
      </form>
    </section>
  );
}
