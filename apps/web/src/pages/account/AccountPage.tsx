import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { MailDelivery, NotificationKind } from '../../gql/graphql';
import { useSession } from '../../api/useSession';
import { Empty, ErrorNotice, Loading } from '../../components/States';
import { describeDevice } from '../../lib/devices';
import { describeProblem } from '../../lib/errors';
import { formatDay, formatWhen } from '../../lib/format';
import { label, MAIL_DELIVERY, MEMBERSHIP_ROLES, MEMBERSHIP_STATUS, NOTIFICATION_KINDS } from '../../lib/labels';
import { usePageTitle } from '../../lib/usePageTitle';

const ACCOUNT = graphql(`
  query AccountPage {
    viewer {
      id
      displayName
      email
      emailVerified
      bannedUntil
      banReason
      platformRoles
      sessions {
        id
        createdAt
        lastUsedAt
        userAgent
        current
      }
      memberships {
        id
        role
        status
        position
        decisionReason
        createdAt
        decidedAt
        municipality {
          id
          name
        }
        volunteerGroup {
          id
          name
        }
      }
      notificationMailSettings {
        kind
        delivery
      }
      seminarReminders
    }
  }
`);

const REVOKE = graphql(`
  mutation RevokeDevice($input: RevokeSessionInput!) {
    revokeSession(input: $input) {
      sessionId
    }
  }
`);

const SET_DELIVERY = graphql(`
  mutation SetMailDelivery($input: SetNotificationMailDeliveryInput!) {
    setNotificationMailDelivery(input: $input) {
      kind
      delivery
    }
  }
`);

const LEAVE = graphql(`
  mutation LeaveMembership($input: RevokeMembershipInput!) {
    revokeMembership(input: $input) {
      membership {
        id
        status
        decidedAt
        decisionReason
      }
    }
  }
`);

const SET_REMINDERS = graphql(`
  mutation SetReminders($reminders: Boolean!) {
    setSeminarReminders(input: { reminders: $reminders })
  }
`);

/** Everything on this page is the viewer's: asked again after each change. */
const REFRESH = { additionalTypenames: ['User', 'Session', 'NotificationMailSetting', 'Membership'] };

/** The signed-in person's account: their devices, memberships and how notifications reach them. */
export function AccountPage() {
  usePageTitle('Ihr Konto');
  const session = useSession();
  const location = useLocation();
  const [result, refetch] = useQuery({
    query: ACCOUNT,
    pause: !session,
    requestPolicy: 'cache-and-network',
    context: useMemo(() => REFRESH, []),
  });
  if (!session) return <Navigate to={`/anmelden?weiter=${encodeURIComponent(location.pathname)}`} replace />;
  const viewer = result.data?.viewer;
  return (
    <section className="page">
      <h1>Ihr Konto</h1>
      {result.fetching && !viewer ? <Loading what="Ihre Kontodaten" /> : null}
      {result.error ? <ErrorNotice error={result.error} retry={() => refetch({ requestPolicy: 'network-only' })} /> : null}
      {viewer ? (
        <>
          <dl className="facts">
            <div>
              <dt>Name</dt>
              <dd>{viewer.displayName}</dd>
            </div>
            <div>
              <dt>E-Mail-Adresse</dt>
              <dd>
                {viewer.email} ({viewer.emailVerified ? 'bestätigt' : 'noch nicht bestätigt'})
              </dd>
            </div>
          </dl>
          {viewer.bannedUntil ? (
            <p className="notice" role="note">
              Ihr Konto ist bis {formatDay(viewer.bannedUntil)} gesperrt: Sie können lesen, aber nichts schreiben. Grund: {viewer.banReason}
            </p>
          ) : null}
          {mayDecide(viewer) ? (
            <section aria-labelledby="deciding-heading">
              <h2 id="deciding-heading">Anträge</h2>
              <p>
                Sie entscheiden über Anträge auf Mitarbeit oder Mitgliedschaft: <Link to="/konto/antraege">Anträge entscheiden</Link>
              </p>
            </section>
          ) : null}
          <Devices sessions={viewer.sessions ?? []} />
          <Memberships memberships={viewer.memberships} />
          <MailSettings settings={viewer.notificationMailSettings ?? []} reminders={viewer.seminarReminders ?? true} />
        </>
      ) : null}
    </section>
  );
}

/**
 * Whether the person decides membership requests: a verified municipal admin or group lead, or a platform admin.
 * Only a hint for the link; the API decides.
 */
function mayDecide(viewer: {
  platformRoles?: readonly string[] | null;
  memberships: readonly { role: string; status: string }[];
}): boolean {
  return (
    !!viewer.platformRoles?.includes('ADMIN') ||
    viewer.memberships.some((m) => m.status === 'VERIFIED' && (m.role === 'MUNICIPAL_ADMIN' || m.role === 'LEAD'))
  );
}

type SessionItem = { id: string; createdAt: string; lastUsedAt: string; userAgent?: string | null; current: boolean };

function Devices({ sessions }: { sessions: SessionItem[] }) {
  const [revoking, revoke] = useMutation(REVOKE);
  const [message, setMessage] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const others = sessions.filter((s) => !s.current);
  const signOut = async (targets: SessionItem[]) => {
    setProblem(null);
    setMessage(null);
    let done = 0;
    for (const s of targets) {
      const { error } = await revoke({ input: { sessionId: s.id } }, REFRESH);
      // Already signed out elsewhere: that is what was wanted.
      if (error && describeProblem(error).code !== 'NOT_FOUND') {
        setProblem(describeProblem(error).message);
        break;
      }
      done++;
    }
    if (done) setMessage(done === 1 ? 'Ein Gerät wurde abgemeldet.' : `${done} Geräte wurden abgemeldet.`);
  };
  return (
    <section aria-labelledby="devices-heading">
      <h2 id="devices-heading">Angemeldete Geräte</h2>
      <p className="hint">
        Jede Anmeldung in einem Browser oder einer App. Melden Sie Geräte ab, die Sie nicht kennen oder nicht mehr nutzen.
      </p>
      <div role="status">{message ? <p className="status-message">{message}</p> : null}</div>
      {problem ? (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      ) : null}
      <ul className="devices">
        {sessions.map((s) => {
          const device = describeDevice(s.userAgent);
          return (
            <li key={s.id}>
              <p>
                <strong>{device}</strong>
                {s.current ? ' – dieses Gerät' : ''}
              </p>
              <p className="hint">
                Angemeldet <time dateTime={s.createdAt}>{formatWhen(s.createdAt)}</time>, zuletzt aktiv{' '}
                <time dateTime={s.lastUsedAt}>{formatWhen(s.lastUsedAt)}</time>
              </p>
              {s.current ? null : (
                <button
                  type="button"
                  className="button--secondary"
                  disabled={revoking.fetching}
                  aria-label={`${device} abmelden (angemeldet ${formatWhen(s.createdAt)})`}
                  onClick={() => signOut([s])}
                >
                  Abmelden
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {others.length > 1 ? (
        <button type="button" disabled={revoking.fetching} onClick={() => signOut(others)}>
          Alle anderen Geräte abmelden
        </button>
      ) : null}
      {others.length === 0 ? <p>Sie sind nur auf diesem Gerät angemeldet.</p> : null}
    </section>
  );
}

type MembershipItem = {
  id: string;
  role: string;
  status: string;
  position?: string | null;
  decisionReason?: string | null;
  createdAt: string;
  decidedAt?: string | null;
  municipality?: { name: string } | null;
  volunteerGroup?: { name: string } | null;
};

function Memberships({ memberships }: { memberships: MembershipItem[] }) {
  const [message, setMessage] = useState<string | null>(null);
  return (
    <section aria-labelledby="memberships-heading">
      <h2 id="memberships-heading">Mitgliedschaften</h2>
      <p className="hint">
        Bestätigte Mitgliedschaften erlauben Ihnen, für eine Kommune oder Gruppe zu schreiben. Über Anträge entscheidet deren Administration
        oder Leitung.
      </p>
      <div role="status">{message ? <p className="status-message">{message}</p> : null}</div>
      {memberships.length === 0 ? (
        <Empty>
          <p>Sie haben noch keine Mitgliedschaft beantragt.</p>
        </Empty>
      ) : (
        <ul className="memberships">
          {memberships.map((m) => (
            <li key={m.id}>
              <p>
                <strong>{m.municipality?.name ?? m.volunteerGroup?.name ?? 'Nicht mehr vorhanden'}</strong>
                {' · '}
                {m.municipality ? 'Kommune' : 'Gruppe'}, {label(MEMBERSHIP_ROLES, m.role)}
              </p>
              <p>
                Stand:{' '}
                <strong className={`membership-status membership-status--${m.status.toLowerCase()}`}>
                  {label(MEMBERSHIP_STATUS, m.status)}
                </strong>
                {m.status === 'PENDING' ? ` seit ${formatDay(m.createdAt)}` : m.decidedAt ? ` am ${formatDay(m.decidedAt)}` : ''}
              </p>
              {m.position ? <p className="hint">Funktion: {m.position}</p> : null}
              {m.decisionReason ? <p>Begründung: {m.decisionReason}</p> : null}
              {m.status === 'PENDING' || m.status === 'VERIFIED' ? <Leave membership={m} onDone={setMessage} /> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Withdrawing one's own open request, or leaving a membership: asked once more before it is done. */
function Leave({ membership, onDone }: { membership: MembershipItem; onDone: (message: string) => void }) {
  const [asking, setAsking] = useState(false);
  const [leaving, leave] = useMutation(LEAVE);
  // The question replaces the button: the keyboard focus goes to its answer.
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) yes.current?.focus();
  }, [asking]);
  const [problem, setProblem] = useState<string | null>(null);
  const place = membership.municipality?.name ?? membership.volunteerGroup?.name ?? 'Nicht mehr vorhanden';
  const pending = membership.status === 'PENDING';
  const action = pending ? 'Antrag zurückziehen' : 'Mitgliedschaft beenden';
  if (!asking) {
    return (
      <button type="button" className="button--secondary" aria-label={`${action}: ${place}`} onClick={() => setAsking(true)}>
        {action}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={`${action}: ${place}`}>
      <p>
        {pending
          ? `Antrag für ${place} wirklich zurückziehen?`
          : `Mitgliedschaft bei ${place} wirklich beenden? Sie schreiben dann nicht mehr in deren Namen; für eine neue brauchen Sie wieder eine Bestätigung.`}
      </p>
      {problem ? (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="form__actions">
        <button
          ref={yes}
          type="button"
          onClick={async () => {
            if (leaving.fetching) return;
            setProblem(null);
            const { error } = await leave({ input: { membershipId: membership.id } }, REFRESH);
            if (!error) {
              setAsking(false);
              onDone(pending ? `Antrag für ${place} zurückgezogen.` : `Mitgliedschaft bei ${place} beendet.`);
              return;
            }
            const p = describeProblem(error);
            setProblem(
              p.code === 'CONFLICT'
                ? 'Dieser Antrag oder diese Mitgliedschaft ist bereits beendet. Bitte laden Sie die Seite neu.'
                : p.message,
            );
          }}
        >
          {pending ? 'Ja, zurückziehen' : 'Ja, beenden'}
        </button>
        <button type="button" className="link-button" onClick={() => setAsking(false)}>
          Abbrechen
        </button>
      </div>
    </div>
  );
}

function MailSettings({ settings, reminders }: { settings: { kind: NotificationKind; delivery: MailDelivery }[]; reminders: boolean }) {
  const id = useId();
  const [, setDelivery] = useMutation(SET_DELIVERY);
  const [reminding, setReminders] = useMutation(SET_REMINDERS);
  const [message, setMessage] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [remindersShown, setRemindersShown] = useState(reminders);
  useEffect(() => setRemindersShown(reminders), [reminders]);
  const saved = (error: Parameters<typeof describeProblem>[0] | undefined, what: string) => {
    if (error) {
      setMessage(null);
      setProblem(describeProblem(error).message);
    } else {
      setProblem(null);
      setMessage(`Gespeichert: ${what}.`);
    }
  };
  return (
    <section aria-labelledby="mail-heading">
      <h2 id="mail-heading">Benachrichtigungen</h2>
      <p className="hint">
        In Krisenfest sehen Sie alle Benachrichtigungen unter <Link to="/benachrichtigungen">Benachrichtigungen</Link>. Hier wählen Sie,
        welche Sie zusätzlich per E-Mail bekommen: sofort, einmal täglich zusammengefasst oder gar nicht.
      </p>
      <div role="status">{message ? <p className="status-message">{message}</p> : null}</div>
      {problem ? (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      ) : null}
      <ul className="mail-settings">
        {settings.map((s) => (
          <li key={s.kind} className="field">
            <MailSetting
              kind={s.kind}
              delivery={s.delivery}
              onSave={async (delivery) => {
                const { error } = await setDelivery({ input: { kind: s.kind, delivery } }, REFRESH);
                saved(error, `${label(NOTIFICATION_KINDS, s.kind)} – ${label(MAIL_DELIVERY, delivery)}`);
                return !error;
              }}
            />
          </li>
        ))}
      </ul>
      <h3>Seminare</h3>
      <p className="switch">
        <input
          id={`${id}-reminders`}
          type="checkbox"
          checked={remindersShown}
          disabled={reminding.fetching}
          onChange={async (event) => {
            const wanted = event.currentTarget.checked;
            // Shown at once; back as it was if the server refuses.
            setRemindersShown(wanted);
            const { error } = await setReminders({ reminders: wanted }, REFRESH);
            if (error) setRemindersShown(!wanted);
            saved(error, wanted ? 'Erinnerungen vor Veranstaltungen an' : 'Erinnerungen vor Veranstaltungen aus');
          }}
        />
        <label htmlFor={`${id}-reminders`}>Erinnerung per E-Mail vor Veranstaltungen, für die ich angemeldet bin</label>
      </p>
    </section>
  );
}

/** One kind's choice, shown at once and back as it was if the server refuses. */
function MailSetting(props: { kind: NotificationKind; delivery: MailDelivery; onSave: (delivery: MailDelivery) => Promise<boolean> }) {
  const id = useId();
  const [shown, setShown] = useState(props.delivery);
  useEffect(() => setShown(props.delivery), [props.delivery]);
  return (
    <>
      <label htmlFor={id}>{label(NOTIFICATION_KINDS, props.kind)}</label>
      <select
        id={id}
        value={shown}
        onChange={async (event) => {
          const delivery = event.currentTarget.value as MailDelivery;
          setShown(delivery);
          if (!(await props.onSave(delivery))) setShown(props.delivery);
        }}
      >
        {Object.entries(MAIL_DELIVERY).map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </>
  );
}
