import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { MembershipRequestsPageQuery } from '../../gql/graphql';
import { useSession } from '../../api/useSession';
import { Empty, ErrorNotice, Loading } from '../../components/States';
import { describeProblem } from '../../lib/errors';
import { formatDay } from '../../lib/format';
import { MEMBERSHIP_ROLES } from '../../lib/placeLabels';
import { usePageTitle } from '../../lib/usePageTitle';

const REQUESTS = graphql(`
  query MembershipRequestsPage {
    membershipRequests {
      id
      role
      position
      createdAt
      user {
        id
        displayName
      }
      municipality {
        id
        name
      }
      volunteerGroup {
        id
        name
      }
    }
  }
`);

const DECIDE = graphql(`
  mutation DecideMembership($input: DecideMembershipInput!) {
    decideMembership(input: $input) {
      membership {
        id
        status
        decisionReason
        decidedAt
      }
    }
  }
`);

/** After a decision the list is asked again (it may become empty: no typename to go by). */
const REFRESH = { additionalTypenames: ['Membership'] };

/**
 * The open membership requests the signed-in person may decide (municipal admins for their municipality and its
 * Gemeinden, group leads for their group, platform admins for all), oldest first: confirm, or reject with a reason.
 */
export function MembershipRequestsPage() {
  usePageTitle('Anträge entscheiden');
  const session = useSession();
  const location = useLocation();
  const context = useMemo(() => REFRESH, []);
  const [result, refetch] = useQuery({ query: REQUESTS, pause: !session, requestPolicy: 'cache-and-network', context });
  const [decided, setDecided] = useState<string | null>(null);
  // The decided entry leaves the list, and with it the keyboard focus: it goes to the message saying what was done.
  const statusRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (decided) statusRef.current?.focus();
  }, [decided]);
  if (!session) return <Navigate to={`/anmelden?weiter=${encodeURIComponent(location.pathname)}`} replace />;
  const requests = result.data?.membershipRequests;
  return (
    <section className="page">
      <p className="lesson__kicker">
        <Link to="/konto">Ihr Konto</Link>
      </p>
      <h1>Anträge entscheiden</h1>
      <p className="lead">
        Wer für eine Kommune oder Gruppe schreiben möchte, beantragt die Mitarbeit oder Mitgliedschaft. Prüfen Sie, ob die Person wirklich
        dort tätig ist, bevor Sie bestätigen. Eine Ablehnung braucht eine Begründung; die Person sieht sie.
      </p>
      <div role="status">
        {decided ? (
          <p className="status-message" ref={statusRef} tabIndex={-1}>
            {decided}
          </p>
        ) : null}
      </div>
      {result.fetching && !requests ? <Loading what="Offene Anträge" /> : null}
      {result.error ? <ErrorNotice error={result.error} retry={() => refetch({ requestPolicy: 'network-only' })} /> : null}
      {requests && requests.length === 0 ? (
        <Empty>
          <p>Keine offenen Anträge, über die Sie entscheiden können.</p>
        </Empty>
      ) : null}
      {requests?.length ? (
        <ol className="queue membership-requests">
          {requests.map((m) => (
            <li key={m.id}>
              <RequestEntry
                request={m}
                onDecided={(message) => {
                  setDecided(message);
                  // Also when it was decided elsewhere: the list as it is now.
                  refetch({ requestPolicy: 'network-only' });
                }}
              />
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}

type Request = MembershipRequestsPageQuery['membershipRequests'][number];

function RequestEntry({ request, onDecided }: { request: Request; onDecided: (message: string) => void }) {
  const id = useId();
  const [decision, decide] = useMutation(DECIDE);
  const [error, setError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const person = request.user?.displayName ?? 'Gelöschtes Konto';
  const place = request.municipality ?? request.volunteerGroup;
  const placeName = place?.name ?? 'nicht mehr vorhanden';
  const what = `${person}, ${placeName}`;

  const submit = async (approve: boolean, form: HTMLFormElement) => {
    // The buttons stay enabled while deciding (a disabled button would lose the keyboard focus): one at a time.
    if (decision.fetching) return;
    const reason = String(new FormData(form).get('reason') ?? '').trim();
    setProblem(null);
    if (!approve && !reason) {
      setError('Bitte begründen Sie die Ablehnung; die Person sieht die Begründung.');
      form.querySelector('textarea')?.focus();
      return;
    }
    setError(null);
    const { error: failed } = await decide({ input: { membershipId: request.id, approve, ...(reason ? { reason } : {}) } }, REFRESH);
    if (!failed) {
      onDecided(approve ? `Bestätigt: ${what}.` : `Abgelehnt: ${what}.`);
      return;
    }
    const p = describeProblem(failed);
    if (p.fields.reason) return setError(p.fields.reason);
    // Decided elsewhere meanwhile: the entry leaves the list (it is asked again), so the page says so.
    if (p.code === 'CONFLICT') return onDecided(`Über den Antrag von ${what} wurde inzwischen schon entschieden; er ist erledigt.`);
    setProblem(p.code === 'FORBIDDEN' ? 'Über diesen Antrag dürfen Sie nicht entscheiden (zum Beispiel über Ihren eigenen).' : p.message);
  };

  return (
    <article aria-labelledby={`${id}-heading`} className="membership-request">
      <h2 id={`${id}-heading`} className="card-list__title">
        {person}
      </h2>
      <dl className="facts">
        <div>
          <dt>{request.municipality ? 'Kommune' : 'Gruppe'}</dt>
          <dd>
            {place ? <Link to={request.municipality ? `/kommunen/${place.id}` : `/gruppen/${place.id}`}>{place.name}</Link> : placeName}
          </dd>
        </div>
        <div>
          <dt>Als</dt>
          <dd>{MEMBERSHIP_ROLES[request.role] ?? request.role}</dd>
        </div>
        <div>
          <dt>Stelle, Aufgabe</dt>
          <dd>{request.position || 'keine Angabe'}</dd>
        </div>
        <div>
          <dt>Beantragt am</dt>
          <dd>
            <time dateTime={request.createdAt}>{formatDay(request.createdAt)}</time>
          </dd>
        </div>
      </dl>
      <form
        className="form decision"
        noValidate
        aria-label={`Entscheidung: ${what}`}
        onSubmit={(event) => {
          event.preventDefault();
          const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
          void submit(submitter?.value !== 'reject', event.currentTarget);
        }}
      >
        {problem ? (
          <p className="form-problem" role="alert">
            {problem}
          </p>
        ) : null}
        <div>
          <label htmlFor={`${id}-reason`}>Begründung (nur beim Ablehnen nötig)</label>
          <p id={`${id}-hint`} className="hint">
            Die Person sieht sie bei ihrem Antrag.
          </p>
          <textarea
            id={`${id}-reason`}
            name="reason"
            rows={2}
            maxLength={1000}
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
          <button type="submit" name="decision" value="approve" aria-label={`Bestätigen: ${what}`}>
            Bestätigen
          </button>
          <button type="submit" name="decision" value="reject" className="button--secondary" aria-label={`Ablehnen: ${what}`}>
            Ablehnen
          </button>
        </div>
      </form>
    </article>
  );
}
