import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql, type FragmentType, useFragment } from '../../gql';
import { Empty, ErrorNotice, Loading } from '../../components/States';
import { formatDay, formatWhen } from '../../lib/format';
import { label, MODERATION_ACTIONS } from '../../lib/labels';
import { usePageTitle } from '../../lib/usePageTitle';
import { isForbidden, ModerationNav, NoAccess, useSignInFirst } from './ModerationLayout';

const LOG = graphql(`
  query ModerationLog($after: String) {
    moderationLog(first: 30, after: $after) {
      nodes {
        id
        action
        reason
        createdAt
        flagCount
        until
        actor {
          id
          displayName
        }
        subject {
          ...ModerationLogSubject
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** What an entry acted on: the post where it stands, or the person (read with the log, in one request). */
const SUBJECT = graphql(`
  fragment ModerationLogSubject on ModerationLogSubject {
    __typename
    ... on Comment {
      id
      author {
        id
        displayName
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
    }
    ... on Thread {
      id
      title
      experience {
        id
      }
    }
    ... on User {
      id
      displayName
    }
  }
`);

/** Asked again after each decision (one constant object: urql compares it by identity). */
const LOG_CONTEXT = { additionalTypenames: ['ModerationAction'] };

/** The moderation log: every decision with who, when, what and why, newest first. Moderators and admins only. */
export function ModerationLogPage() {
  usePageTitle('Moderation: Protokoll');
  const signIn = useSignInFirst();
  const [after, setAfter] = useState<string | null>(null);
  const [result, refetch] = useQuery({
    query: LOG,
    variables: { after },
    pause: !!signIn,
    requestPolicy: 'cache-and-network',
    context: LOG_CONTEXT,
  });
  if (signIn) return signIn;
  if (isForbidden(result.error)) return <NoAccess />;
  const log = result.data?.moderationLog;
  return (
    <section className="page">
      <h1>Moderation</h1>
      <ModerationNav />
      <p className="lead">Das Protokoll: wer wann was entschieden hat und warum, das Neueste zuerst.</p>
      {result.fetching && !log ? <Loading what="Die Einträge des Protokolls" /> : null}
      {result.error ? <ErrorNotice error={result.error} retry={() => refetch({ requestPolicy: 'network-only' })} /> : null}
      {log && log.nodes.length === 0 ? (
        <Empty>
          <p>Noch keine Einträge.</p>
        </Empty>
      ) : null}
      {log?.nodes.length ? (
        <ol className="log">
          {log.nodes.map((entry) => (
            <li key={entry.id}>
              <LogEntry entry={entry} />
            </li>
          ))}
        </ol>
      ) : null}
      {after || log?.pageInfo.hasNextPage ? (
        <p className="pager">
          {after ? (
            <button type="button" className="link-button" onClick={() => setAfter(null)}>
              Zu den neuesten Einträgen
            </button>
          ) : null}
          {log?.pageInfo.hasNextPage && log.pageInfo.endCursor ? (
            <button type="button" className="link-button" onClick={() => setAfter(log.pageInfo.endCursor!)}>
              Ältere Einträge
            </button>
          ) : null}
        </p>
      ) : null}
    </section>
  );
}

function LogEntry(props: {
  entry: {
    action: string;
    reason: string;
    createdAt: string;
    subject?: FragmentType<typeof SUBJECT> | null;
    flagCount?: number | null;
    until?: string | null;
    actor?: { displayName: string } | null;
  };
}) {
  const { entry } = props;
  const headingId = useId();
  const who = entry.actor?.displayName ?? 'automatisch';
  return (
    <article aria-labelledby={headingId}>
      <h2 id={headingId}>
        {label(MODERATION_ACTIONS, entry.action).replace(/^./, (c) => c.toUpperCase())}
        {entry.action === 'AUTO_HIDE' && entry.flagCount ? ` nach ${entry.flagCount} Meldungen` : ''}
      </h2>
      <dl className="facts">
        <div>
          <dt>Wer</dt>
          <dd>{entry.actor ? who : 'automatisch (keine Person)'}</dd>
        </div>
        <div>
          <dt>Wann</dt>
          <dd>
            <time dateTime={entry.createdAt}>{formatWhen(entry.createdAt)}</time>
          </dd>
        </div>
        <div>
          <dt>Betrifft</dt>
          <dd>
            <Subject subject={entry.subject ?? null} />
          </dd>
        </div>
        {entry.until ? (
          <div>
            <dt>Bis</dt>
            <dd>{formatDay(entry.until)}</dd>
          </div>
        ) : null}
      </dl>
      <p>
        <strong>Begründung:</strong>{' '}
        {entry.action === 'AUTO_HIDE' ? 'Mehrere Personen haben den Beitrag gemeldet; die Moderation entscheidet.' : entry.reason}
      </p>
    </article>
  );
}

/** The post or person an entry is about, with a link to where the post stands. */
function Subject(props: { subject: FragmentType<typeof SUBJECT> | null }) {
  const node = useFragment(SUBJECT, props.subject);
  if (!node) return <span>nicht mehr vorhanden</span>;
  switch (node.__typename) {
    case 'Comment': {
      const thread = node.thread;
      const href = thread?.experience ? `/erfahrungen/${thread.experience.id}` : thread ? `/diskussionen/${thread.id}` : null;
      const title = thread?.experience?.title ?? thread?.title;
      return (
        <span>
          Kommentar von {node.author?.displayName ?? 'gelöschtem Konto'}
          {href && title ? (
            <>
              {' in '}
              <Link to={href}>{title}</Link>
            </>
          ) : null}
        </span>
      );
    }
    case 'Experience':
      return (
        <span>
          Erfahrung <Link to={`/erfahrungen/${node.id}`}>{node.title}</Link>
        </span>
      );
    case 'Thread':
      return (
        <span>
          Diskussion <Link to={node.experience ? `/erfahrungen/${node.experience.id}` : `/diskussionen/${node.id}`}>{node.title}</Link>
        </span>
      );
    case 'User':
      return <span>Konto von {node.displayName}</span>;
    default:
      return <span>ein Eintrag</span>;
  }
}
