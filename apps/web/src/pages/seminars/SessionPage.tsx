import { useMemo, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { useSession } from '../../api/useSession';
import { Discussion } from '../../components/Discussion';
import { FollowUpTools } from '../../components/FollowUpTools';
import { LessonCard } from '../../components/LessonCard';
import { NotThere } from '../../components/NotThere';
import { ErrorNotice, Loading } from '../../components/States';
import { describeProblem } from '../../lib/errors';
import { formatDay, formatSessionTime, formatWhen } from '../../lib/format';
import { label } from '../../lib/labels';
import { registrationState, sessionIcsUrl, SPEAKER_CONFIRMATION } from '../../lib/seminars';
import { usePageTitle } from '../../lib/usePageTitle';

const SESSION = graphql(`
  query SessionPage($id: ID!) {
    seminarSession(id: $id) {
      id
      title
      topic
      description
      startsAt
      endsAt
      capacity
      registeredCount
      waitlistCount
      seatsLeft
      registrationOpen
      registrationOpensAt
      registrationClosesAt
      isUpcoming
      cancelledAt
      cancelReason
      onlineUrl
      guidingQuestions
      attendanceCount
      minutesHtml
      recordingUrl
      viewerCanOrganise
      series {
        id
        title
      }
      speakers {
        id
        name
        role
        organisation
        confirmation
      }
      viewerRegistration {
        id
        status
        waitlistPosition
        reminder
      }
      followUpThreads(first: 10) {
        nodes {
          id
          title
          bodyHtml
          commentCount
          closedAt
          viewerCanClose
          locked
          createdAt
          openQuestions {
            id
            bodyHtml
            author {
              displayName
            }
            addressedTo {
              id
              name
            }
          }
        }
      }
      lessons {
        id
        ...LessonCard
      }
    }
  }
`);

const REGISTER = graphql(`
  mutation RegisterForSession($input: RegisterForSeminarSessionInput!) {
    registerForSeminarSession(input: $input) {
      registration {
        id
        status
        waitlistPosition
        reminder
      }
      session {
        id
        registeredCount
        waitlistCount
        seatsLeft
        onlineUrl
      }
    }
  }
`);

const CANCEL = graphql(`
  mutation CancelSessionRegistration($input: CancelSeminarRegistrationInput!) {
    cancelSeminarRegistration(input: $input) {
      registration {
        id
        status
        waitlistPosition
      }
      session {
        id
        registeredCount
        waitlistCount
        seatsLeft
        onlineUrl
      }
    }
  }
`);

const REMINDER = graphql(`
  mutation SetSessionReminder($input: SetSeminarReminderInput!) {
    setSeminarReminder(input: $input) {
      registration {
        id
        reminder
      }
      session {
        id
      }
    }
  }
`);

/** The session, its seats and the viewer's registration are asked again after each registration change. */
const SESSION_CONTEXT = { additionalTypenames: ['SeminarRegistration', 'SeminarSpeaker', 'Comment'] };

/**
 * One seminar session: programme, Berlin time, speakers, seats; registering, the calendar entry; the follow-up
 * discussion with questions to the speakers, the record and the lessons drawn from it.
 */
export function SessionPage() {
  const { id = '' } = useParams();
  const context = useMemo(() => SESSION_CONTEXT, []);
  const [result, refetch] = useQuery({ query: SESSION, variables: { id }, context });
  const session = result.data?.seminarSession;
  usePageTitle(session?.title ?? (result.fetching ? null : 'Seminar'));

  if (result.fetching && !session) return <Loading what="Das Seminar und seine Nachbesprechung" />;
  if (result.error?.graphQLErrors.some((e) => e.extensions?.code === 'NOT_FOUND')) return <NotThere what="Dieses Seminar" />;
  if (result.error || !session) return <ErrorNotice error={result.error!} retry={() => refetch({ requestPolicy: 'network-only' })} />;

  const [thread, ...moreThreads] = session.followUpThreads.nodes;
  const speakers = session.speakers.filter((s) => s.confirmation !== 'DECLINED').map((s) => ({ id: s.id, name: s.name }));
  return (
    <article className="page seminar">
      <header>
        {session.series ? (
          <p className="lesson__kicker">
            <Link to={`/seminare/${session.series.id}`}>{session.series.title}</Link>
            {session.topic ? ` · ${session.topic}` : ''}
          </p>
        ) : null}
        <h1>{session.title}</h1>
        <p className="seminar__when">
          <time dateTime={session.startsAt}>{formatSessionTime(session.startsAt, session.endsAt)}</time>
          <span className="hint"> (deutsche Zeit)</span>
        </p>
        {session.cancelledAt ? (
          <div className="notice notice--strong" role="note">
            <p>
              <strong>Abgesagt</strong> am {formatDay(session.cancelledAt)}.
            </p>
            {session.cancelReason ? <p>Grund: {session.cancelReason}</p> : null}
          </div>
        ) : null}
        {session.viewerCanOrganise ? (
          <p>
            <Link className="button-link" to={`/seminare/termine/${session.id}/verwalten`}>
              Termin verwalten
            </Link>
          </p>
        ) : null}
      </header>

      <section aria-labelledby="seats-heading" className="seminar__box">
        <h2 id="seats-heading">Teilnahme</h2>
        {session.cancelledAt ? (
          <p>Der Termin findet nicht statt; Anmeldungen sind nicht mehr möglich.</p>
        ) : (
          <>
            <Seats session={session} />
            <RegistrationPanel session={session} />
          </>
        )}
        <p>
          <a href={sessionIcsUrl(session.id)} download="termin.ics">
            Zum Kalender hinzufügen
          </a>{' '}
          <span className="hint">(Kalenderdatei .ics)</span>
        </p>
      </section>

      {session.description || session.guidingQuestions.length ? (
        <section aria-labelledby="programme-heading">
          <h2 id="programme-heading">Programm</h2>
          {session.description ? <p className="seminar__description">{session.description}</p> : null}
          {session.guidingQuestions.length ? (
            <>
              <h3>Leitfragen</h3>
              <ol>
                {session.guidingQuestions.map((q, i) => (
                  <li key={i}>{q}</li>
                ))}
              </ol>
            </>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="speakers-heading">
        <h2 id="speakers-heading">Referentinnen und Referenten</h2>
        {session.speakers.length === 0 ? <p>Noch niemand angekündigt.</p> : null}
        <ul className="speakers">
          {session.speakers.map((s) => (
            <li key={s.id} className="speaker">
              <p className="speaker__name">
                {s.name}{' '}
                <span className={`status status--${s.confirmation.toLowerCase()}`}>{label(SPEAKER_CONFIRMATION, s.confirmation)}</span>
              </p>
              {s.role || s.organisation ? <p className="hint">{[s.role, s.organisation].filter(Boolean).join(' · ')}</p> : null}
            </li>
          ))}
        </ul>
      </section>

      {session.minutesHtml || session.recordingUrl || (!session.isUpcoming && session.attendanceCount > 0) ? (
        <section aria-labelledby="record-heading">
          <h2 id="record-heading">Dokumentation</h2>
          {session.attendanceCount > 0 ? <p>{session.attendanceCount} Personen haben teilgenommen.</p> : null}
          {session.recordingUrl ? (
            <p>
              <a href={session.recordingUrl} rel="noopener noreferrer">
                Aufzeichnung ansehen
              </a>
            </p>
          ) : null}
          {/* The API's sanitised rendering of the organisers' Markdown. */}
          {session.minutesHtml ? <div className="seminar__minutes" dangerouslySetInnerHTML={{ __html: session.minutesHtml }} /> : null}
        </section>
      ) : null}

      {session.lessons.length ? (
        <section aria-labelledby="lessons-heading">
          <h2 id="lessons-heading">Erfahrungen aus diesem Seminar</h2>
          <ol className="lesson-list">
            {session.lessons.map((lesson) => (
              <li key={lesson.id}>
                <LessonCard lesson={lesson} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      {thread ? (
        <section aria-labelledby="follow-up-heading" className="seminar__follow-up">
          <h2 id="follow-up-heading">{thread.title}</h2>
          <p className="hint">
            Nachgespräch seit {formatWhen(thread.createdAt)} · <Link to={`/diskussionen/${thread.id}`}>als eigene Seite öffnen</Link>
          </p>
          {/* The API's sanitised rendering of the opening post. */}
          <div className="thread__body" dangerouslySetInnerHTML={{ __html: thread.bodyHtml }} />
          {thread.closedAt ? <p className="notice">Dieses Nachgespräch ist abgeschlossen.</p> : null}
          {thread.locked ? <p className="notice">Von der Moderation gesperrt.</p> : null}
          {thread.openQuestions.length ? (
            <>
              <h3>Offene Fragen an die Referierenden</h3>
              <ul className="open-questions">
                {thread.openQuestions.map((q) => (
                  <li key={q.id}>
                    <p className="comment__question">
                      {q.author?.displayName ?? 'Gelöschtes Konto'} an {q.addressedTo.map((a) => a.name).join(', ')}
                    </p>
                    {/* The API's sanitised rendering of the question. */}
                    {q.bodyHtml ? <div dangerouslySetInnerHTML={{ __html: q.bodyHtml }} /> : null}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <FollowUpTools threadId={thread.id} closed={!!thread.closedAt} viewerCanClose={thread.viewerCanClose} />
          <Discussion threadId={thread.id} commentCount={thread.commentCount} speakers={speakers} closed={!!thread.closedAt} />
          {moreThreads.length ? (
            <>
              <h3>Weitere Nachgespräche</h3>
              <ul>
                {moreThreads.map((t) => (
                  <li key={t.id}>
                    <Link to={`/diskussionen/${t.id}`}>{t.title}</Link> ({t.commentCount} Kommentare)
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
    </article>
  );
}

interface SeatsInfo {
  capacity?: number | null;
  registeredCount: number;
  waitlistCount: number;
  seatsLeft?: number | null;
  registrationOpen: boolean;
  registrationOpensAt?: string | null;
  registrationClosesAt?: string | null;
  isUpcoming: boolean;
  cancelledAt?: string | null;
}

/** Seats left, the waitlist, and when registration opens or closes. */
function Seats({ session }: { session: SeatsInfo }) {
  const registration = session.cancelledAt
    ? null
    : session.registrationOpen
      ? session.registrationClosesAt
        ? `Anmeldung möglich bis ${formatDay(session.registrationClosesAt)}.`
        : 'Anmeldung möglich bis zum Beginn.'
      : session.registrationOpensAt && new Date(session.registrationOpensAt).getTime() > Date.now()
        ? `Anmeldung ab ${formatDay(session.registrationOpensAt)}.`
        : session.isUpcoming
          ? 'Die Anmeldung ist geschlossen.'
          : 'Dieses Seminar hat stattgefunden.';
  return (
    <dl className="facts">
      <div>
        <dt>Plätze</dt>
        <dd>
          {session.capacity == null
            ? `unbegrenzt (${session.registeredCount} angemeldet)`
            : `${session.seatsLeft ?? 0} von ${session.capacity} frei`}
        </dd>
      </div>
      {session.waitlistCount > 0 || session.capacity != null ? (
        <div>
          <dt>Warteliste</dt>
          <dd>{session.waitlistCount === 1 ? '1 Person' : `${session.waitlistCount} Personen`}</dd>
        </div>
      ) : null}
      {registration ? (
        <div>
          <dt>Anmeldung</dt>
          <dd>{registration}</dd>
        </div>
      ) : null}
    </dl>
  );
}

/** For the signed-in person: register or cancel, their place, the link to the room, the reminder. */
function RegistrationPanel(props: {
  session: SeatsInfo & {
    id: string;
    onlineUrl?: string | null;
    viewerRegistration?: { id: string; status: string; waitlistPosition?: number | null; reminder: boolean } | null;
  };
}) {
  const { session } = props;
  const signedIn = useSession();
  const location = useLocation();
  const [registering, register] = useMutation(REGISTER);
  const [cancelling, cancel] = useMutation(CANCEL);
  const [reminding, remind] = useMutation(REMINDER);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [reminder, setReminder] = useState<boolean | null>(null);
  const mine = session.viewerRegistration;
  const active = mine && mine.status !== 'CANCELLED';

  if (!signedIn) {
    if (!session.registrationOpen) return null;
    return (
      <p>
        <Link to={`/anmelden?weiter=${encodeURIComponent(location.pathname)}`}>Melden Sie sich an</Link>, um sich für dieses Seminar
        anzumelden.
      </p>
    );
  }
  const fail = (error: Parameters<typeof describeProblem>[0], forbidden?: string) => {
    const p = describeProblem(error);
    setDone(null);
    setProblem(p.code === 'FORBIDDEN' && forbidden ? forbidden : p.message);
  };
  return (
    <div className="registration">
      {active ? (
        <p className="registration__state">
          Ihre Anmeldung: <strong>{registrationState(mine.status, mine.waitlistPosition)}</strong>
          {mine.status === 'WAITLISTED' ? ' – Sie rücken automatisch nach, sobald ein Platz frei wird, und bekommen eine E-Mail.' : ''}
        </p>
      ) : null}
      {active && session.onlineUrl ? (
        <p>
          Link zum Online-Raum:{' '}
          <a href={session.onlineUrl} rel="noopener noreferrer">
            {session.onlineUrl}
          </a>
        </p>
      ) : null}
      <p className="visually-hidden" role="status">
        {done ?? ''}
      </p>
      {problem ? (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      ) : null}
      {active && session.isUpcoming && !session.cancelledAt ? (
        <div className="registration__actions">
          <label className="checkbox">
            <input
              type="checkbox"
              checked={reminder ?? mine.reminder}
              disabled={reminding.fetching}
              onChange={async (event) => {
                // Shown at once; back to the stored state if the API refuses.
                const wanted = event.currentTarget.checked;
                setReminder(wanted);
                const { error } = await remind({ input: { sessionId: session.id, reminder: wanted } });
                if (error) {
                  setReminder(null);
                  fail(error);
                } else {
                  setProblem(null);
                  setDone(wanted ? 'Die Erinnerung ist eingeschaltet.' : 'Die Erinnerung ist ausgeschaltet.');
                }
              }}
            />{' '}
            Erinnerung per E-Mail vor dem Seminar
          </label>
          <button
            type="button"
            className="button--secondary"
            disabled={cancelling.fetching}
            onClick={async () => {
              const { error } = await cancel({ input: { sessionId: session.id } });
              if (error) fail(error);
              else {
                setProblem(null);
                setDone('Sie sind abgemeldet.');
              }
            }}
          >
            {cancelling.fetching ? 'Wird abgemeldet …' : 'Anmeldung zurückziehen'}
          </button>
        </div>
      ) : null}
      {!active && session.registrationOpen ? (
        <button
          type="button"
          disabled={registering.fetching}
          onClick={async () => {
            const { data, error } = await register({ input: { sessionId: session.id } });
            if (error || !data) {
              fail(error, 'Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse mit dem Link aus unserer E-Mail.');
              return;
            }
            setProblem(null);
            const r = data.registerForSeminarSession.registration;
            setDone(`Angemeldet: ${registrationState(r.status, r.waitlistPosition)}.`);
          }}
        >
          {registering.fetching
            ? 'Wird angemeldet …'
            : session.seatsLeft === 0
              ? 'Auf die Warteliste setzen'
              : mine?.status === 'CANCELLED'
                ? 'Wieder anmelden'
                : 'Jetzt anmelden'}
        </button>
      ) : null}
    </div>
  );
}
