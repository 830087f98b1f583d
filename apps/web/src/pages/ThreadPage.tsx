import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { Discussion } from '../components/Discussion';
import { FollowLevelSelect } from '../components/Follow';
import { NotThere } from '../components/NotThere';
import { ErrorNotice, Loading } from '../components/States';
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
      viewerFollowLevel
      author {
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

/** A discussion on its own (a follow-up of a seminar session, or a general question), as the mails link to it. */
export function ThreadPage() {
  const { id = '' } = useParams();
  const [result, refetch] = useQuery({ query: THREAD, variables: { id } });
  const thread = result.data?.thread;
  usePageTitle(thread?.title ?? (result.fetching ? null : 'Diskussion'));
  if (result.fetching && !thread) return <Loading what="Die Diskussion" />;
  if (result.error?.graphQLErrors.some((e) => e.extensions?.code === 'NOT_FOUND')) {
    return <NotThere what="Diese Diskussion" />;
  }
  if (result.error || !thread) return <ErrorNotice error={result.error!} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  return (
    <article className="page">
      {thread.seminarSession ? (
        <p className="lesson__kicker">
          Aus dem Seminar <Link to={`/seminare/termine/${thread.seminarSession.id}`}>„{thread.seminarSession.title}“</Link>
        </p>
      ) : null}
      <h1>{thread.title}</h1>
      <p className="comment__meta">
        {thread.author?.displayName ?? 'Gelöschtes Konto'} · <time dateTime={thread.createdAt}>{formatWhen(thread.createdAt)}</time>
      </p>
      {thread.experience ? (
        <p>
          Zur Erfahrung: <Link to={`/erfahrungen/${thread.experience.id}`}>{thread.experience.title}</Link>
        </p>
      ) : null}
      <div className="thread__body" dangerouslySetInnerHTML={{ __html: thread.bodyHtml }} />
      {thread.locked ? <p className="notice">Von der Moderation gesperrt{thread.lockReason ? `: ${thread.lockReason}` : '.'}</p> : null}
      {thread.closedAt ? <p className="notice">Diese Diskussion ist abgeschlossen.</p> : null}
      <section className="lesson__follow" aria-label="Der Diskussion folgen">
        <FollowLevelSelect targetId={thread.id} level={thread.viewerFollowLevel} />
      </section>
      <Discussion
        threadId={thread.id}
        commentCount={thread.commentCount}
        // A seminar's follow-up: a comment can ask its speakers.
        speakers={thread.seminarSession?.speakers.filter((s) => s.confirmation !== 'DECLINED')}
      />
    </article>
  );
}
