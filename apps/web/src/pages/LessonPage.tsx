import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { Discussion } from '../components/Discussion';
import { FlagButton } from '../components/FlagButton';
import { HIDDEN_NOTICE, ModerationNotice } from '../components/ModerationNotice';
import { FollowLevelSelect } from '../components/Follow';
import { NotThere } from '../components/NotThere';
import { Reactions } from '../components/Reactions';
import { useSession } from '../api/useSession';
import { useIsModerator } from '../api/useViewerRoles';
import { ErrorNotice, Loading } from '../components/States';
import { formatDay, formatSessionTime } from '../lib/format';
import { ADDRESSEES, HAZARDS, label, PHASES, RECOMMENDATION_STATUS } from '../lib/labels';
import { usePageTitle } from '../lib/usePageTitle';

const LESSON = graphql(`
  query LessonPage($id: ID!) {
    experience(id: $id) {
      id
      title
      summary
      situationHtml
      actionsHtml
      outcomeHtml
      rootCauseHtml
      transferabilityHtml
      hazards
      phase
      fieldsOfAction
      actors
      publishedAt
      helpfulCount
      thanksCount
      viewerReactions
      moderation {
        reason
        automatic
      }
      recommendations {
        text
        addressee
        status
      }
      author {
        id
        displayName
      }
      viewerFollowLevel
      municipality {
        id
        name
        parent {
          id
          name
        }
      }
      volunteerGroup {
        id
        name
      }
      crisis {
        id
        name
      }
      seminarSession {
        title
        startsAt
        endsAt
      }
      thread {
        id
        commentCount
        locked
        lockReason
      }
    }
  }
`);

/** One lesson: its structured sections, who wrote it for which place, its crisis and session, and its discussion. */
export function LessonPage() {
  const { id = '' } = useParams();
  const session = useSession();
  const { isModerator } = useIsModerator();
  // A new comment changes the thread's count: refetched with the discussion.
  const context = useMemo(() => ({ additionalTypenames: ['Comment'] }), []);
  const [result, refetch] = useQuery({ query: LESSON, variables: { id }, context });
  const lesson = result.data?.experience;
  // Hidden by the moderation, for someone other than its author and the moderation: the API sends the notice in
  // place of each text, so the page shows the notice once and none of the sections.
  const textHidden = !!lesson?.moderation && lesson.title === HIDDEN_NOTICE;
  usePageTitle(textHidden ? 'Ausgeblendete Erfahrung' : (lesson?.title ?? (result.fetching ? null : 'Erfahrung')));

  if (result.fetching && !lesson) return <Loading what="Die Erfahrung und ihre Diskussion" />;
  if (result.error?.graphQLErrors.some((e) => e.extensions?.code === 'NOT_FOUND') || (!result.fetching && !lesson && !result.error)) {
    return <NotThere what="Diese Erfahrung" />;
  }
  if (result.error || !lesson) return <ErrorNotice error={result.error!} retry={() => refetch({ requestPolicy: 'network-only' })} />;

  const sections: [string, string | null | undefined][] = textHidden
    ? []
    : [
        ['Was geschah', lesson.situationHtml],
        ['Was getan wurde', lesson.actionsHtml],
        ['Was funktioniert hat und was nicht', lesson.outcomeHtml],
        ['Ursachen', lesson.rootCauseHtml],
        ['Übertragbarkeit', lesson.transferabilityHtml],
      ];
  return (
    <article className="page lesson">
      <header className="lesson__header">
        <p className="lesson__kicker">
          {lesson.hazards.map((h) => label(HAZARDS, h)).join(', ')} · {label(PHASES, lesson.phase)}
        </p>
        <h1>{textHidden ? 'Ausgeblendete Erfahrung' : lesson.title}</h1>
        {textHidden ? null : <p className="lead">{lesson.summary}</p>}
        <dl className="facts">
          <div>
            <dt>Von</dt>
            <dd>
              {lesson.author?.displayName ?? 'gelöschtes Konto'}
              {lesson.volunteerGroup ? (
                <>
                  {' für '}
                  <Link to={`/gruppen/${lesson.volunteerGroup.id}`}>{lesson.volunteerGroup.name}</Link>
                </>
              ) : null}
            </dd>
          </div>
          {lesson.municipality ? (
            <div>
              <dt>Ort</dt>
              <dd>
                <Link to={`/kommunen/${lesson.municipality.id}`}>{lesson.municipality.name}</Link>
                {lesson.municipality.parent ? (
                  <>
                    {', '}
                    <Link to={`/kommunen/${lesson.municipality.parent.id}`}>{lesson.municipality.parent.name}</Link>
                  </>
                ) : null}
              </dd>
            </div>
          ) : null}
          {lesson.publishedAt ? (
            <div>
              <dt>Veröffentlicht</dt>
              <dd>{formatDay(lesson.publishedAt)}</dd>
            </div>
          ) : null}
          {lesson.crisis ? (
            <div>
              <dt>Krise</dt>
              <dd>
                <Link to={`/krisen/${lesson.crisis.id}`}>{lesson.crisis.name}</Link>
              </dd>
            </div>
          ) : null}
          {lesson.seminarSession ? (
            <div>
              <dt>Aus dem Seminar</dt>
              <dd>
                {lesson.seminarSession.title} ({formatSessionTime(lesson.seminarSession.startsAt, lesson.seminarSession.endsAt)})
              </dd>
            </div>
          ) : null}
        </dl>
        {session && lesson.author?.id === session.userId ? (
          <p>
            <Link to={`/schreiben/${lesson.id}`}>Erfahrung bearbeiten</Link>
          </p>
        ) : null}
        {lesson.moderation ? <ModerationNotice notice={lesson.moderation} textShown={!textHidden} /> : null}
      </header>
      {sections
        .filter(([, html]) => html && html.trim())
        .map(([heading, html]) => (
          <section key={heading} className="lesson__section">
            <h2>{heading}</h2>
            {/* The API's sanitised rendering of the author's Markdown. */}
            <div dangerouslySetInnerHTML={{ __html: html! }} />
          </section>
        ))}
      {!textHidden && lesson.recommendations.length ? (
        <section className="lesson__section">
          <h2>Empfehlungen</h2>
          <ul className="recommendations">
            {lesson.recommendations.map((r, i) => (
              <li key={i}>
                <p>{r.text}</p>
                <p className="recommendations__meta">
                  An: {label(ADDRESSEES, r.addressee)} · Stand: {label(RECOMMENDATION_STATUS, r.status)}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {!textHidden && (lesson.fieldsOfAction.length || lesson.actors.length) ? (
        <section className="lesson__section">
          <h2>Einordnung</h2>
          <dl className="facts">
            {lesson.fieldsOfAction.length ? (
              <div>
                <dt>Handlungsfelder</dt>
                <dd>{lesson.fieldsOfAction.join(', ')}</dd>
              </div>
            ) : null}
            {lesson.actors.length ? (
              <div>
                <dt>Beteiligte</dt>
                <dd>{lesson.actors.join(', ')}</dd>
              </div>
            ) : null}
          </dl>
        </section>
      ) : null}
      {textHidden ? null : (
        <>
          <Reactions
            targetId={lesson.id}
            helpfulCount={lesson.helpfulCount}
            thanksCount={lesson.thanksCount}
            viewerReactions={lesson.viewerReactions}
            own={!!session && lesson.author?.id === session.userId}
          />
          <FlagButton targetId={lesson.id} authorId={lesson.author?.id} what="diese Erfahrung" />
        </>
      )}
      {lesson.thread ? (
        <section className="lesson__follow" aria-label="Der Diskussion folgen">
          <FollowLevelSelect targetId={lesson.id} level={lesson.viewerFollowLevel} />
        </section>
      ) : null}
      {lesson.thread ? (
        <Discussion
          threadId={lesson.thread.id}
          commentCount={lesson.thread.commentCount}
          locked={lesson.thread.locked}
          lockReason={lesson.thread.lockReason}
          moderator={isModerator}
        />
      ) : null}
    </article>
  );
}
