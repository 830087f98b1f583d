import { createContext, useContext, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql, type FragmentType, useFragment } from '../gql';
import { describeProblem } from '../lib/errors';
import { formatWhen } from '../lib/format';
import { useSession } from '../api/useSession';
import { CommentForm } from './CommentForm';
import { FlagButton } from './FlagButton';
import { ModerationNotice } from './ModerationNotice';
import { Reactions } from './Reactions';
import { ErrorNotice, Loading } from './States';

/** Whether the reader may write here: false in a discussion the moderation locked (moderators still may). */
const WritingOpen = createContext(true);

/** Under a comment whose answer the reader may choose (`viewerCanAccept`): its id, for "Als Antwort markieren" on the replies. */
const AnswersTo = createContext<string | null>(null);

/** Lists of comments are refetched when a comment is added (urql's cache knows them by their typename). */
const COMMENT_LISTS = { additionalTypenames: ['Comment'] };

const CommentFragment = graphql(`
  fragment DiscussionComment on Comment {
    id
    bodyHtml
    createdAt
    editedAt
    deleted
    replyCount
    helpfulCount
    thanksCount
    viewerReactions
    isAcceptedAnswer
    viewerCanAccept
    addressedTo {
      id
      name
    }
    thread {
      id
    }
    author {
      id
      displayName
    }
    moderation {
      reason
      automatic
    }
  }
`);

const COMMENTS = graphql(`
  query DiscussionComments($threadId: ID!, $after: String) {
    thread(id: $threadId) {
      id
      conclusionHtml
      comments(first: 20, after: $after) {
        nodes {
          ...DiscussionComment
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

const ACCEPT = graphql(`
  mutation AcceptAnswer($input: AcceptAnswerInput!) {
    acceptAnswer(input: $input) {
      question {
        id
        acceptedAnswer {
          id
        }
      }
      answer {
        id
        isAcceptedAnswer
      }
    }
  }
`);

const REPLIES = graphql(`
  query DiscussionReplies($commentId: ID!, $after: String) {
    node(id: $commentId) {
      ... on Comment {
        id
        replies(first: 20, after: $after) {
          nodes {
            ...DiscussionComment
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    }
  }
`);

/**
 * A thread's comments, 20 at a time (a discussion of 500 comments stays quick), each with its replies on request.
 * The HTML of a comment is the API's sanitised rendering of its Markdown.
 */
export function Discussion(props: {
  threadId: string;
  commentCount: number;
  /** Locked by the moderation: no comment form and no replies, except for moderators (`moderator`), who may still write. */
  locked?: boolean;
  /** Said with the lock where the page does not show it elsewhere. */
  lockReason?: string | null;
  moderator?: boolean;
  /** A seminar's follow-up thread: the speakers a comment can ask. */
  speakers?: { id: string; name: string }[];
  /** Closed with a conclusion: no comment form and no replies. */
  closed?: boolean;
}) {
  const { threadId, commentCount, speakers } = props;
  const [pages, more] = usePages();
  const open = (!props.locked || !!props.moderator) && !props.closed;
  return (
    <section className="discussion" aria-labelledby="discussion-heading">
      <h2 id="discussion-heading">Diskussion ({commentCount})</h2>
      {commentCount === 0 ? <p>Noch keine Kommentare.</p> : null}
      <WritingOpen.Provider value={open}>
        {pages.map((after, i) => (
          <CommentPage key={after ?? 'first'} threadId={threadId} after={after} isLast={i === pages.length - 1} onMore={more} />
        ))}
      </WritingOpen.Provider>
      {props.closed ? <p className="hint">Die Diskussion ist abgeschlossen: Neue Kommentare und Antworten sind nicht möglich.</p> : null}
      {props.locked && !props.closed ? (
        <p className="hint">
          Die Diskussion wurde von der Moderation gesperrt{props.lockReason ? ` (Grund: ${props.lockReason})` : ''}
          {open ? '. Als Moderation können Sie trotzdem schreiben.' : ': Neue Kommentare und Antworten sind nicht möglich.'}
        </p>
      ) : null}
      {/* The lists refetch themselves when a comment is added (COMMENT_LISTS). */}
      {open ? <CommentForm threadId={threadId} label="Ihr Kommentar" speakers={speakers} onPosted={() => undefined} /> : null}
    </section>
  );
}

function CommentPage(props: { threadId: string; after: string | null; isLast: boolean; onMore: (cursor: string) => void }) {
  const [result, refetch] = useQuery({
    query: COMMENTS,
    variables: { threadId: props.threadId, after: props.after },
    context: COMMENT_LISTS,
  });
  const thread = result.data?.thread;
  if (result.fetching && !thread) return <Loading what="Kommentare" />;
  if (result.error) return <ErrorNotice error={result.error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!thread) return null;
  return (
    <>
      {props.after === null && thread.conclusionHtml ? (
        <div className="conclusion">
          <h3>Ergebnis der Diskussion</h3>
          <div dangerouslySetInnerHTML={{ __html: thread.conclusionHtml }} />
        </div>
      ) : null}
      <CommentList page={thread.comments} isLast={props.isLast} onMore={props.onMore} more="Weitere Kommentare laden" />
    </>
  );
}

/** One page of comments (or replies), and on the last page the button for the next. */
function CommentList(props: {
  page: { nodes: FragmentType<typeof CommentFragment>[]; pageInfo: { hasNextPage: boolean; endCursor?: string | null } };
  isLast: boolean;
  onMore: (cursor: string) => void;
  more: string;
  replies?: boolean;
}) {
  const { nodes, pageInfo } = props.page;
  return (
    <>
      <ol className={props.replies ? 'comments comments--replies' : 'comments'}>
        {nodes.map((c, i) => (
          <li key={i}>
            <CommentView comment={c} />
          </li>
        ))}
      </ol>
      {props.isLast && pageInfo.hasNextPage && pageInfo.endCursor ? (
        <button type="button" className="more" onClick={() => props.onMore(pageInfo.endCursor!)}>
          {props.more}
        </button>
      ) : null}
    </>
  );
}

function CommentView(props: { comment: FragmentType<typeof CommentFragment> }) {
  const comment = useFragment(CommentFragment, props.comment);
  const session = useSession();
  const writingOpen = useContext(WritingOpen);
  const answersTo = useContext(AnswersTo);
  const [showReplies, setShowReplies] = useState(false);
  const [replying, setReplying] = useState(false);
  return (
    <article
      className={`comment${comment.isAcceptedAnswer ? ' comment--answer' : ''}`}
      aria-label={`Kommentar von ${comment.author?.displayName ?? 'gelöschtem Konto'}`}
    >
      <p className="comment__meta">
        <strong>{comment.author?.displayName ?? 'Gelöschtes Konto'}</strong> ·{' '}
        <time dateTime={comment.createdAt}>{formatWhen(comment.createdAt)}</time>
        {comment.editedAt ? ' · bearbeitet' : ''}
        {comment.isAcceptedAnswer ? ' · als Antwort markiert' : ''}
      </p>
      {comment.addressedTo.length ? (
        <p className="comment__question">Frage an {comment.addressedTo.map((s) => s.name).join(', ')}</p>
      ) : null}
      {comment.deleted ? <p className="comment__deleted">Dieser Kommentar wurde gelöscht.</p> : null}
      {comment.moderation ? <ModerationNotice notice={comment.moderation} textShown={!!comment.bodyHtml} /> : null}
      {comment.bodyHtml ? <div className="comment__body" dangerouslySetInnerHTML={{ __html: comment.bodyHtml }} /> : null}
      {!comment.deleted ? (
        <Reactions
          targetId={comment.id}
          helpfulCount={comment.helpfulCount}
          thanksCount={comment.thanksCount}
          viewerReactions={comment.viewerReactions}
          own={!!session && comment.author?.id === session.userId}
        />
      ) : null}
      {!comment.deleted ? (
        <FlagButton
          targetId={comment.id}
          authorId={comment.author?.id}
          what={`Kommentar von ${comment.author?.displayName ?? 'gelöschtem Konto'}`}
        />
      ) : null}
      {answersTo && !comment.deleted && !comment.moderation && !comment.isAcceptedAnswer ? (
        <AcceptButton questionId={answersTo} answerId={comment.id} />
      ) : null}
      {session && writingOpen && !comment.deleted && comment.thread && !replying ? (
        <button type="button" className="link-button" onClick={() => setReplying(true)}>
          Antworten
        </button>
      ) : null}
      {replying && writingOpen && comment.thread ? (
        <CommentForm
          threadId={comment.thread.id}
          parentId={comment.id}
          label={`Ihre Antwort an ${comment.author?.displayName ?? 'gelöschtes Konto'}`}
          onPosted={() => {
            setReplying(false);
            setShowReplies(true);
          }}
          onCancel={() => setReplying(false)}
        />
      ) : null}
      {comment.replyCount > 0 ? (
        <button type="button" className="link-button" aria-expanded={showReplies} onClick={() => setShowReplies((s) => !s)}>
          {showReplies ? 'Antworten ausblenden' : `${comment.replyCount} Antwort${comment.replyCount === 1 ? '' : 'en'} anzeigen`}
        </button>
      ) : null}
      {showReplies ? (
        <AnswersTo.Provider value={comment.viewerCanAccept ? comment.id : null}>
          <Replies commentId={comment.id} />
        </AnswersTo.Provider>
      ) : null}
    </article>
  );
}

/** Marks a reply as the answer to the comment it replies to; the lists refetch (the result carries Comments). */
function AcceptButton(props: { questionId: string; answerId: string }) {
  const [result, accept] = useMutation(ACCEPT);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="link-button"
        onClick={async () => {
          if (result.fetching) return;
          setProblem(null);
          const { error } = await accept({ input: { questionId: props.questionId, answerId: props.answerId } });
          if (error) setProblem(describeProblem(error).message);
        }}
      >
        {result.fetching ? 'Wird markiert …' : 'Als Antwort markieren'}
      </button>
      {problem ? (
        <p className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
    </>
  );
}

function Replies({ commentId }: { commentId: string }) {
  const [pages, more] = usePages();
  return (
    <>
      {pages.map((after, i) => (
        <ReplyPage key={after ?? 'first'} commentId={commentId} after={after} isLast={i === pages.length - 1} onMore={more} />
      ))}
    </>
  );
}

function ReplyPage(props: { commentId: string; after: string | null; isLast: boolean; onMore: (cursor: string) => void }) {
  const [result, refetch] = useQuery({
    query: REPLIES,
    variables: { commentId: props.commentId, after: props.after },
    context: COMMENT_LISTS,
  });
  const node = result.data?.node;
  const replies = node && 'replies' in node ? node.replies : null;
  if (result.fetching && !replies) return <Loading what="Antworten" />;
  if (result.error) return <ErrorNotice error={result.error} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!replies) return null;
  return (
    <>
      <CommentList page={replies} isLast={props.isLast} onMore={props.onMore} more="Weitere Antworten" replies />
    </>
  );
}

/** The cursors of the pages shown so far (null: the first), and how to show the next. */
function usePages(): [(string | null)[], (cursor: string) => void] {
  const [pages, setPages] = useState<(string | null)[]>([null]);
  return [pages, (cursor) => setPages((p) => [...p, cursor])];
}
