import { useId, useMemo, useState } from 'react';
import { Link, Navigate, useLocation, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { useSession } from '../../api/useSession';
import { Field, FormProblem } from '../../components/Field';
import { NotThere } from '../../components/NotThere';
import { Empty, ErrorNotice, Loading } from '../../components/States';
import { describeProblem } from '../../lib/errors';
import { formatDay, formatSessionTime, formatWhen } from '../../lib/format';
import { label } from '../../lib/labels';
import { registrationState, SPEAKER_CONFIRMATION } from '../../lib/seminars';
import { usePageTitle } from '../../lib/usePageTitle';
import { SessionForm } from './SessionForm';

const MANAGE = graphql(`
  query ManageSession($id: ID!) {
    seminarSession(id: $id) {
      id
      title
      topic
      description
      guidingQuestions
      startsAt
      endsAt
      capacity
      onlineUrl
      registrationOpensAt
      registrationClosesAt
      registeredCount
      waitlistCount
      seatsLeft
      cancelledAt
      cancelReason
      isUpcoming
      minutes
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
      attendanceCount
      registrations(first: 100) {
        nodes {
          id
          status
          waitlistPosition
          registeredAt
          cancelledAt
          promotedAt
          attended
          user {
            id
            displayName
          }
        }
      }
    }
  }
`);

const UPDATE = graphql(`
  mutation UpdateSession($input: UpdateSeminarSessionInput!) {
    updateSeminarSession(input: $input) {
      session {
        id
        title
      }
    }
  }
`);

const ADD_SPEAKER = graphql(`
  mutation AddSpeaker($input: AddSeminarSpeakerInput!) {
    addSeminarSpeaker(input: $input) {
      speaker {
        id
      }
      session {
        id
      }
    }
  }
`);

const UPDATE_SPEAKER = graphql(`
  mutation UpdateSpeaker($input: UpdateSeminarSpeakerInput!) {
    updateSeminarSpeaker(input: $input) {
      speaker {
        id
        name
        role
        organisation
        confirmation
      }
      session {
        id
      }
    }
  }
`);

const REMOVE_SPEAKER = graphql(`
  mutation RemoveSpeaker($input: RemoveSeminarSpeakerInput!) {
    removeSeminarSpeaker(input: $input) {
      session {
        id
      }
    }
  }
`);

const CANCEL_SESSION = graphql(`
  mutation CancelSession($input: CancelSeminarSessionInput!) {
    cancelSeminarSession(input: $input) {
      session {
        id
        cancelledAt
        cancelReason
      }
    }
  }
`);

const RECORD = graphql(`
  mutation RecordSession($input: RecordSeminarSessionInput!) {
    recordSeminarSession(input: $input) {
      session {
        id
        minutes
        minutesHtml
        recordingUrl
      }
    }
  }
`);

const ATTENDANCE = graphql(`
  mutation MarkAttendance($input: MarkSeminarAttendanceInput!) {
    markSeminarAttendance(input: $input) {
      registration {
        id
        attended
      }
      session {
        id
        attendanceCount
      }
    }
  }
`);

const CONTEXT = { additionalTypenames: ['SeminarSpeaker', 'SeminarRegistration'] };

type Speaker = { id: string; name: string; role?: string | null; organisation?: string | null; confirmation: string };

/** For the organisers: the session's details, its speakers, who registered, and cancelling it. */
export function ManageSessionPage() {
  const { id = '' } = useParams();
  const signedIn = useSession();
  const location = useLocation();
  const context = useMemo(() => CONTEXT, []);
  const [result, refetch] = useQuery({ query: MANAGE, variables: { id }, pause: !signedIn, context });
  const [, update] = useMutation(UPDATE);
  const [saved, setSaved] = useState(false);
  const session = result.data?.seminarSession;
  usePageTitle(session ? `Termin verwalten: ${session.title}` : 'Termin verwalten');
  if (!signedIn) return <Navigate to={`/anmelden?weiter=${encodeURIComponent(location.pathname)}`} replace />;
  if (result.fetching && !session) return <Loading what="Der Termin" />;
  if (result.error?.graphQLErrors.some((e) => e.extensions?.code === 'NOT_FOUND')) return <NotThere what="Dieses Seminar" />;
  if (result.error || !session) return <ErrorNotice error={result.error!} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!session.viewerCanOrganise) {
    return (
      <section className="page page--narrow">
        <h1>Termin verwalten</h1>
        <p className="notice">Diesen Termin verwalten nur die Veranstaltenden seiner Reihe.</p>
        <p>
          <Link to={`/seminare/termine/${session.id}`}>Zum Seminar</Link>
        </p>
      </section>
    );
  }
  const editable = !session.cancelledAt;
  // After the start the organisers mark who came and keep the record (the API refuses both before).
  const started = new Date(session.startsAt).getTime() <= Date.now();
  return (
    <div className="page page--narrow">
      {session.series ? (
        <p className="lesson__kicker">
          <Link to={`/seminare/${session.series.id}`}>{session.series.title}</Link>
        </p>
      ) : null}
      <h1>Termin verwalten: {session.title}</h1>
      <p>
        {formatSessionTime(session.startsAt, session.endsAt)} ·{' '}
        <Link to={`/seminare/termine/${session.id}`}>Seite des Seminars ansehen</Link>
      </p>
      {session.cancelledAt ? (
        <p className="notice notice--strong" role="note">
          Abgesagt am {formatDay(session.cancelledAt)}
          {session.cancelReason ? `: ${session.cancelReason}` : '.'}
        </p>
      ) : null}

      {editable ? (
        <section aria-labelledby="details-heading">
          <h2 id="details-heading">Angaben</h2>
          <p className="visually-hidden" role="status">
            {saved ? 'Die Angaben sind gespeichert.' : ''}
          </p>
          {saved ? <p className="success">Die Angaben sind gespeichert.</p> : null}
          <SessionForm
            key={session.id}
            initial={session}
            submitLabel="Änderungen speichern"
            busyLabel="Wird gespeichert …"
            onSubmit={async (input) => {
              setSaved(false);
              const { data, error } = await update(
                {
                  input: {
                    id: session.id,
                    ...input,
                    // Empty optional texts are sent as null, which clears them.
                    topic: input.topic || null,
                    description: input.description || null,
                    onlineUrl: input.onlineUrl || null,
                  },
                },
                { additionalTypenames: ['SeminarSession'] },
              );
              if (data) setSaved(true);
              return data ? null : (error ?? null);
            }}
          />
        </section>
      ) : null}

      <section aria-labelledby="speakers-heading">
        <h2 id="speakers-heading">Referentinnen und Referenten</h2>
        {session.speakers.length === 0 ? <p>Noch niemand eingetragen.</p> : null}
        <ul className="speakers">
          {session.speakers.map((s) => (
            <li key={s.id}>
              <SpeakerEntry speaker={s} editable={editable} />
            </li>
          ))}
        </ul>
        {editable ? <SpeakerForm sessionId={session.id} /> : null}
      </section>

      <section aria-labelledby="registrations-heading">
        <h2 id="registrations-heading">Anmeldungen</h2>
        <p>
          {session.registeredCount} mit Platz
          {session.capacity != null ? ` von ${session.capacity}` : ''}, {session.waitlistCount} auf der Warteliste.
          {started ? ` Teilgenommen: ${session.attendanceCount}.` : ''}
        </p>
        {session.registrations && session.registrations.nodes.length ? (
          <div className="table-scroll" role="region" aria-label="Liste der Anmeldungen" tabIndex={0}>
            <table className="registrations">
              <caption className="visually-hidden">Anmeldungen: Plätze, Warteliste, Abmeldungen</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Stand</th>
                  <th scope="col">Angemeldet</th>
                  {started ? <th scope="col">Teilgenommen</th> : null}
                </tr>
              </thead>
              <tbody>
                {session.registrations.nodes.map((r) => (
                  <tr key={r.id}>
                    <td>{r.user?.displayName ?? 'Gelöschtes Konto'}</td>
                    <td>
                      {registrationState(r.status, r.waitlistPosition)}
                      {r.promotedAt && r.status === 'REGISTERED' ? ' (nachgerückt)' : ''}
                      {r.cancelledAt ? ` (${formatWhen(r.cancelledAt)})` : ''}
                    </td>
                    <td>
                      <time dateTime={r.registeredAt}>{formatWhen(r.registeredAt)}</time>
                    </td>
                    {started ? (
                      <td>
                        {r.cancelledAt ? (
                          '–'
                        ) : (
                          <Attendance registrationId={r.id} attended={!!r.attended} name={r.user?.displayName ?? 'Gelöschtes Konto'} />
                        )}
                      </td>
                    ) : null}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <Empty>
            <p>Noch keine Anmeldungen.</p>
          </Empty>
        )}
      </section>

      {started ? <RecordSession sessionId={session.id} minutes={session.minutes} recordingUrl={session.recordingUrl} /> : null}

      {editable && session.isUpcoming ? <CancelSession sessionId={session.id} /> : null}
    </div>
  );
}

/** One speaker with their state; edit in place, or take them off the programme. */
/** After the start: whether this person took part (a checkbox, saved at once). */
function Attendance(props: { registrationId: string; attended: boolean; name: string }) {
  const [result, mark] = useMutation(ATTENDANCE);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={props.attended}
          onChange={async (event) => {
            if (result.fetching) return;
            setProblem(null);
            const { error } = await mark({ input: { registrationId: props.registrationId, attended: event.target.checked } });
            if (error) setProblem(describeProblem(error).message);
          }}
        />{' '}
        <span className="visually-hidden">{props.name} hat </span>teilgenommen
      </label>
      {problem ? (
        <p className="field__error" role="alert">
          {problem}
        </p>
      ) : null}
    </>
  );
}

function SpeakerEntry({ speaker, editable }: { speaker: Speaker; editable: boolean }) {
  const [editing, setEditing] = useState(false);
  const [removing, remove] = useMutation(REMOVE_SPEAKER);
  const [problem, setProblem] = useState<string | null>(null);
  if (editing) return <SpeakerForm speaker={speaker} onDone={() => setEditing(false)} />;
  return (
    <div className="speaker">
      <p className="speaker__name">
        {speaker.name}{' '}
        <span className={`status status--${speaker.confirmation.toLowerCase()}`}>{label(SPEAKER_CONFIRMATION, speaker.confirmation)}</span>
      </p>
      {speaker.role || speaker.organisation ? (
        <p className="hint">{[speaker.role, speaker.organisation].filter(Boolean).join(' · ')}</p>
      ) : null}
      {editable ? (
        <div className="form__actions">
          <button type="button" className="link-button" onClick={() => setEditing(true)} aria-label={`${speaker.name} bearbeiten`}>
            Bearbeiten
          </button>
          <button
            type="button"
            className="link-button"
            disabled={removing.fetching}
            aria-label={`${speaker.name} entfernen`}
            onClick={async () => {
              const { error } = await remove({ input: { id: speaker.id } }, { additionalTypenames: ['SeminarSpeaker'] });
              setProblem(error ? describeProblem(error).message : null);
            }}
          >
            Entfernen
          </button>
        </div>
      ) : null}
      <FormProblem message={problem} />
    </div>
  );
}

/** Adding a speaker to the programme (sessionId), or changing one (speaker). */
function SpeakerForm(props: { sessionId?: string; speaker?: Speaker; onDone?: () => void }) {
  const id = useId();
  const [, add] = useMutation(ADD_SPEAKER);
  const [, change] = useMutation(UPDATE_SPEAKER);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [formKey, setFormKey] = useState(0);
  const s = props.speaker;
  return (
    <form
      key={formKey}
      className="form speaker-form"
      noValidate
      aria-label={s ? `${s.name} bearbeiten` : 'Person hinzufügen'}
      onSubmit={async (event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        const name = String(form.get('name') ?? '').trim();
        const role = String(form.get('role') ?? '').trim();
        const organisation = String(form.get('organisation') ?? '').trim();
        const confirmation = String(form.get('confirmation') ?? 'REQUESTED') as 'REQUESTED' | 'CONFIRMED' | 'DECLINED';
        if (name.length < 2) {
          setFields({ name: 'Bitte den Namen angeben (mindestens 2 Zeichen).' });
          return;
        }
        setFields({});
        setBusy(true);
        const options = { additionalTypenames: ['SeminarSpeaker'] };
        const { error } = s
          ? await change({ input: { id: s.id, name, role, organisation, confirmation } }, options)
          : await add(
              {
                input: {
                  sessionId: props.sessionId!,
                  name,
                  confirmation,
                  ...(role ? { role } : {}),
                  ...(organisation ? { organisation } : {}),
                },
              },
              options,
            );
        setBusy(false);
        if (!error) {
          setProblem(null);
          setFormKey((k) => k + 1);
          props.onDone?.();
          return;
        }
        const p = describeProblem(error);
        setFields(p.fields);
        setProblem(Object.keys(p.fields).length ? null : p.message);
      }}
    >
      {s ? null : <h3>Person hinzufügen</h3>}
      <FormProblem message={problem} />
      <Field label="Name" name="name" required maxLength={200} defaultValue={s?.name} error={fields.name} />
      <Field
        label="Funktion (freiwillig)"
        name="role"
        maxLength={300}
        defaultValue={s?.role ?? ''}
        error={fields.role}
        hint="z. B. Bürgermeister der Stadt Plochingen"
      />
      <Field
        label="Organisation (freiwillig)"
        name="organisation"
        maxLength={300}
        defaultValue={s?.organisation ?? ''}
        error={fields.organisation}
      />
      <div className="field">
        <label htmlFor={`${id}-confirmation`}>Zusage</label>
        <select id={`${id}-confirmation`} name="confirmation" defaultValue={s?.confirmation ?? 'REQUESTED'}>
          <option value="REQUESTED">angefragt</option>
          <option value="CONFIRMED">zugesagt</option>
          <option value="DECLINED">abgesagt</option>
        </select>
      </div>
      <div className="form__actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Wird gespeichert …' : s ? 'Speichern' : 'Hinzufügen'}
        </button>
        {props.onDone && s ? (
          <button type="button" className="link-button" onClick={props.onDone}>
            Abbrechen
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** Cancelling the session, with the reason the registrants read in their mail. */
function CancelSession({ sessionId }: { sessionId: string }) {
  const [result, cancel] = useMutation(CANCEL_SESSION);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <section aria-labelledby="cancel-heading" className="danger-zone">
      <h2 id="cancel-heading">Termin absagen</h2>
      <p>Alle Angemeldeten und Wartenden bekommen eine E-Mail mit Ihrem Grund und einem Kalendereintrag, der den Termin entfernt.</p>
      <form
        className="form"
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          const reason = String(new FormData(event.currentTarget).get('reason') ?? '').trim();
          if (reason.length < 3) {
            setFields({ reason: 'Bitte einen Grund angeben (mindestens 3 Zeichen).' });
            return;
          }
          setFields({});
          const { error } = await cancel({ input: { id: sessionId, reason } }, { additionalTypenames: ['SeminarSession'] });
          if (!error) return;
          const p = describeProblem(error);
          setFields(p.fields);
          setProblem(Object.keys(p.fields).length ? null : p.message);
        }}
      >
        <FormProblem message={problem} />
        <Field label="Grund der Absage" name="reason" rows={3} required error={fields.reason} />
        <button type="submit" className="button--danger" disabled={result.fetching}>
          {result.fetching ? 'Wird abgesagt …' : 'Termin absagen'}
        </button>
      </form>
    </section>
  );
}

/** After the start: the minutes (Markdown) and a link to the recording, shown on the session's page. */
function RecordSession(props: { sessionId: string; minutes?: string | null; recordingUrl?: string | null }) {
  const [result, record] = useMutation(RECORD);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  return (
    <section aria-labelledby="record-heading">
      <h2 id="record-heading">Dokumentation</h2>
      <form
        className="form"
        noValidate
        onSubmit={async (event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          const minutes = String(form.get('minutes') ?? '').trim();
          const recordingUrl = String(form.get('recordingUrl') ?? '').trim();
          setSaved(false);
          if (recordingUrl && !/^https:\/\/[^\s/]+\.[^\s]+$/.test(recordingUrl)) {
            setFields({ recordingUrl: 'Bitte eine vollständige Adresse mit https:// angeben.' });
            return;
          }
          setFields({});
          const { error } = await record({ input: { id: props.sessionId, minutes, recordingUrl } });
          if (!error) {
            setProblem(null);
            setSaved(true);
            return;
          }
          const p = describeProblem(error);
          setFields(p.fields);
          setProblem(Object.keys(p.fields).length ? null : p.message);
        }}
      >
        <FormProblem message={problem} />
        <p className="visually-hidden" role="status">
          {saved ? 'Die Dokumentation ist gespeichert.' : ''}
        </p>
        {saved ? <p className="success">Die Dokumentation ist gespeichert.</p> : null}
        <Field
          label="Protokoll (Markdown)"
          name="minutes"
          rows={6}
          defaultValue={props.minutes ?? ''}
          error={fields.minutes}
          hint="Leer lassen, um es zu entfernen."
        />
        <Field
          label="Link zur Aufzeichnung (freiwillig)"
          name="recordingUrl"
          type="url"
          defaultValue={props.recordingUrl ?? ''}
          error={fields.recordingUrl}
        />
        <button type="submit" disabled={result.fetching}>
          {result.fetching ? 'Wird gespeichert …' : 'Dokumentation speichern'}
        </button>
      </form>
    </section>
  );
}
