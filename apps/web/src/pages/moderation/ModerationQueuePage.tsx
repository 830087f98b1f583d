import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql, type FragmentType, useFragment } from '../../gql';
import { Empty, ErrorNotice, Loading } from '../../components/States';
import { describeProblem } from '../../lib/errors';
import { formatWhen } from '../../lib/format';
import { FLAG_REASONS_SHORT, label, MODERATION_ACTIONS } from '../../lib/labels';
import { usePageTitle } from '../../lib/usePageTitle';
import { isForbidden, ModerationNav, NoAccess, useSignInFirst } from './ModerationLayout';

const FlaggedFragment = graphql(`
  fragment QueueItem on FlaggedContent {
    flagCount
    firstFlaggedAt
    lastFlaggedAt
    reasons {
      reason
      count
    }
    flags {
      id
      reason
      note
      createdAt
      reporter {
        id
        displayName
      }
    }
    target {
      __typename
      ... on Comment {
        id
        bodyHtml
        createdAt
        deleted
        author {
          id
          displayName
        }
        moderation {
          reason
          automatic
        }
        thread {
          id
          title
          experience {
            id
            title
          }
        }
      }
      ... on Experience {
        id
        title
        summary
        createdAt
        author {
          id
          displayName
        }
        moderation {
          reason
          automatic
        }
      }
      ... on Thread {
        id
        title
        openingHtml: bodyHtml
        createdAt
        author {
          id
          displayName
        }
        moderation {
          reason
          automatic
        }
        experience {
          id
        }
      }
    }
  }
`);

const QUEUE = graphql(`
  query ModerationQueue($after: String) {
    moderationQueue(first: 20, after: $after) {
      nodes {
        ...QueueItem
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

// What a decision changes comes back with it: the post (its notice) and the log entry.
const HIDE = graphql(`
  mutation HideContent($input: ModerateContentInput!) {
    hideContent(input: $input) {
      ...ModerationDecision
    }
  }
`);
const RESTORE = graphql(`
  mutation RestoreContent($input: ModerateContentInput!) {
    restoreContent(input: $input) {
      ...ModerationDecision
    }
  }
`);
const DISMISS = graphql(`
  mutation DismissFlags($input: DismissFlagsInput!) {
    dismissFlags(input: $input) {
      ...ModerationDecision
    }
  }
`);
graphql(`
  fragment ModerationDecision on ModerateContentPayload {
    action {
      id
      action
    }
    target {
      ... on Comment {
        id
        bodyHtml
        moderation {
          reason
          automatic
        }
      }
      ... on Experience {
        id
        moderation {
          reason
          automatic
        }
      }
      ... on Thread {
        id
        moderation {
          reason
          automatic
        }
      }
    }
  }
`);

/** Refetched after every decision: the decided post leaves the queue, the log has a new entry. */
const QUEUE_CONTEXT = { additionalTypenames: ['FlaggedContent', 'ModerationAction'] };

/**
 * The review queue: each reported post in its context (its text, where it stands, who wrote it), the reports with
 * their reasons, notes and reporters, and the decision with a reason. Moderators and admins only.
 */
export function ModerationQueuePage() {
  usePageTitle('Moderation: Prüfliste');
  const signIn = useSignInFirst();
  const [after, setAfter] = useState<string | null>(null);
  const [result, refetch] = useQuery({ query: QUEUE, variables: { after }, pause: !!signIn, context: QUEUE_CONTEXT });
  const [decided, setDecided] = useState<string | null>(null);
  if (signIn) return signIn;
  if (isForbidden(result.error)) return <NoAccess />;
  const queue = result.data?.moderationQueue;
  return (
    <section className="page">
      <h1>Moderation</h1>
      <ModerationNav />
      <p className="lead">Gemeldete Beiträge, die am längsten wartenden zuerst.</p>
      <div role="status">{decided ? <p className="status-message">{decided}</p> : null}</div>
      {result.fetching && !queue ? <Loading what="Gemeldete Beiträge" /> : null}
      {result.error ? <ErrorNotice error={result.error} retry={() => refetch({ requestPolicy: 'network-only' })} /> : null}
      {queue && queue.nodes.length === 0 ? (
        <Empty>
          <p>Keine offenen Meldungen. Alles erledigt.</p>
        </Empty>
      ) : null}
      {queue?.nodes.length ? (
        <ol className="queue">
          {queue.nodes.map((item, i) => (
            <li key={i}>
              <QueueEntry item={item} onDecided={setDecided} />
            </li>
          ))}
        </ol>
      ) : null}
      {after || queue?.pageInfo.hasNextPage ? (
        <p className="pager">
          {after ? (
            <button type="button" className="link-button" onClick={() => setAfter(null)}>
              Zum Anfang der Liste
            </button>
          ) : null}
          {queue?.pageInfo.hasNextPage && queue.pageInfo.endCursor ? (
            <button type="button" className="link-button" onClick={() => setAfter(queue.pageInfo.endCursor!)}>
              Nächste gemeldete Beiträge
            </button>
          ) : null}
        </p>
      ) : null}
    </section>
  );
}

/** Where a post stands, as a link: the lesson or the discussion. */
function placeOf(target: {
  __typename?: string;
  id?: string;
  title?: string;
  thread?: { id: string; title: string; experience?: { id: string; title: string } | null } | null;
  experience?: { id: string } | null;
}): { href: string; title: string; kind: string } | null {
  if (target.__typename === 'Experience') return { href: `/erfahrungen/${target.id}`, title: target.title ?? '', kind: 'Erfahrung' };
  if (target.__typename === 'Thread') {
    return target.experience
      ? { href: `/erfahrungen/${target.experience.id}`, title: target.title ?? '', kind: 'Diskussion zur Erfahrung' }
      : { href: `/diskussionen/${target.id}`, title: target.title ?? '', kind: 'Diskussion' };
  }
  const thread = target.thread;
  if (!thread) return null;
  return thread.experience
    ? { href: `/erfahrungen/${thread.experience.id}`, title: thread.experience.title, kind: 'Erfahrung' }
    : { href: `/diskussionen/${thread.id}`, title: thread.title, kind: 'Diskussion' };
}

function QueueEntry(props: { item: FragmentType<typeof FlaggedFragment>; onDecided: (message: string) => void }) {
  const item = useFragment(FlaggedFragment, props.item);
  const target = item.target;
  const headingId = useId();
  if (!('id' in target) || !target.id) return null;
  const kind = target.__typename === 'Comment' ? 'Kommentar' : target.__typename === 'Experience' ? 'Erfahrung' : 'Diskussion';
  const author = target.author?.displayName ?? 'Gelöschtes Konto';
  const place = placeOf(target);
  const text = target.__typename === 'Comment' ? target.bodyHtml : target.__typename === 'Thread' ? target.openingHtml : null;
  return (
    <article aria-labelledby={headingId}>
      <h2 id={headingId}>
        {kind} von {author}
        {target.__typename !== 'Comment' && 'title' in target ? `: ${target.title}` : ''}
      </h2>
      {place ? (
        <p className="hint">
          {target.__typename === 'Comment' ? `In der ${place.kind} ` : 'Ansehen: '}
          <Link to={place.href}>{place.title}</Link>
          {' · '}geschrieben <time dateTime={target.createdAt}>{formatWhen(target.createdAt)}</time>
        </p>
      ) : null}
      {target.moderation ? (
        <p className="notice">
          Zurzeit ausgeblendet
          {target.moderation.automatic
            ? ' (automatisch nach mehreren Meldungen)'
            : target.moderation.reason
              ? `: ${target.moderation.reason}`
              : ''}
          .
        </p>
      ) : null}
      {target.__typename === 'Experience' && 'summary' in target ? (
        <div className="post-text">
          <p>{target.summary}</p>
        </div>
      ) : null}
      {text ? (
        <div className="post-text" dangerouslySetInnerHTML={{ __html: text }} />
      ) : target.__typename === 'Comment' && target.deleted ? (
        <p className="post-text">Der Kommentar wurde inzwischen gelöscht.</p>
      ) : null}
      <h3>
        {item.flagCount} Meldung{item.flagCount === 1 ? '' : 'en'}:{' '}
        {item.reasons.map((r) => `${r.count} × ${label(FLAG_REASONS_SHORT, r.reason)}`).join(', ')}
      </h3>
      <ul className="flags">
        {item.flags.map((f) => (
          <li key={f.id}>
            <strong>{label(FLAG_REASONS_SHORT, f.reason)}</strong> von {f.reporter?.displayName ?? 'Gelöschtes Konto'},{' '}
            <time dateTime={f.createdAt}>{formatWhen(f.createdAt)}</time>
            {f.note ? <>: „{f.note}“</> : null}
          </li>
        ))}
      </ul>
      <Decision
        targetId={target.id}
        hidden={!!target.moderation}
        automatic={!!target.moderation?.automatic}
        what={`${kind} von ${author}`}
        onDecided={props.onDecided}
      />
    </article>
  );
}

type Choice = 'HIDE' | 'RESTORE' | 'DISMISS_FLAGS';

/** Hide, show again or keep the post; each with a reason (public with the post when hiding or restoring). */
function Decision(props: { targetId: string; hidden: boolean; automatic: boolean; what: string; onDecided: (message: string) => void }) {
  const id = useId();
  const [hide, hideContent] = useMutation(HIDE);
  const [restore, restoreContent] = useMutation(RESTORE);
  const [dismiss, dismissFlags] = useMutation(DISMISS);
  const [error, setError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const busy = hide.fetching || restore.fetching || dismiss.fetching;
  const decide = async (choice: Choice, form: HTMLFormElement) => {
    // The buttons stay enabled while deciding (a disabled button would lose the keyboard focus): one at a time.
    if (busy) return;
    const reason = String(new FormData(form).get('reason') ?? '').trim();
    setProblem(null);
    if (reason.length < 3) {
      setError('Bitte begründen Sie die Entscheidung (mindestens 3 Zeichen).');
      form.querySelector('textarea')?.focus();
      return;
    }
    setError(null);
    const input = { targetId: props.targetId, reason };
    const { error: failed } =
      choice === 'HIDE'
        ? await hideContent({ input }, QUEUE_CONTEXT)
        : choice === 'RESTORE'
          ? await restoreContent({ input }, QUEUE_CONTEXT)
          : await dismissFlags({ input }, QUEUE_CONTEXT);
    if (!failed) {
      props.onDecided(`Entschieden: ${props.what} – ${label(MODERATION_ACTIONS, choice)}.`);
      return;
    }
    const p = describeProblem(failed);
    if (p.fields.reason) setError(p.fields.reason);
    else
      setProblem(
        p.code === 'CONFLICT' ? 'Über diesen Beitrag wurde inzwischen schon entschieden. Bitte laden Sie die Liste neu.' : p.message,
      );
  };
  return (
    <form
      className="form decision"
      noValidate
      aria-label={`Entscheidung: ${props.what}`}
      onSubmit={(event) => {
        event.preventDefault();
        const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
        void decide((submitter?.value as Choice) ?? 'HIDE', event.currentTarget);
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
          Beim Ausblenden und Wiederanzeigen steht sie öffentlich beim Beitrag; jede Begründung steht im Protokoll.
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
        {!props.hidden || props.automatic ? (
          <button type="submit" name="decision" value="HIDE">
            Ausblenden
          </button>
        ) : null}
        {props.hidden ? (
          <button type="submit" name="decision" value="RESTORE">
            Wieder anzeigen
          </button>
        ) : null}
        <button type="submit" name="decision" value="DISMISS_FLAGS" className="button--secondary">
          Meldungen verwerfen
        </button>
      </div>
    </form>
  );
}
