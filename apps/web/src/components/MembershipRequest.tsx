import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { MembershipRole } from '../gql/graphql';
import { useSession } from '../api/useSession';
import { describeProblem } from '../lib/errors';
import { formatDay } from '../lib/format';
import { MEMBERSHIP_ROLES, MEMBERSHIP_STATUS } from '../lib/placeLabels';
import { Field, FormProblem } from './Field';
import { ErrorNotice } from './States';

const MY_MEMBERSHIPS = graphql(`
  query MyMemberships {
    viewer {
      id
      emailVerified
      memberships {
        id
        role
        status
        position
        createdAt
        decisionReason
        municipality {
          id
        }
        volunteerGroup {
          id
        }
      }
    }
  }
`);

const REQUEST = graphql(`
  mutation RequestMembership($input: RequestMembershipInput!) {
    requestMembership(input: $input) {
      membership {
        id
        role
        status
        position
        createdAt
        decisionReason
        municipality {
          id
        }
        volunteerGroup {
          id
        }
      }
    }
  }
`);

/** The viewer's memberships are refetched after a request (the list may have been empty: no typename to go by). */
const MEMBERSHIP_LISTS = { additionalTypenames: ['Membership'] };

/**
 * Asking to be verified as staff of a municipality or as a member of a group, and where that request stands
 * ("beantragt", "bestätigt", "abgelehnt" with the reason). Signed out: a link to sign in.
 */
export function MembershipRequest(props: { municipalityId?: string; volunteerGroupId?: string; name: string }) {
  const session = useSession();
  const location = useLocation();
  const forGroup = !!props.volunteerGroupId;
  const roles: MembershipRole[] = forGroup ? ['MEMBER', 'LEAD'] : ['STAFF', 'MUNICIPAL_ADMIN'];
  const action = forGroup ? 'Mitgliedschaft beantragen' : 'Mitarbeit beantragen';
  const context = useMemo(() => MEMBERSHIP_LISTS, []);
  const [mine, refetch] = useQuery({ query: MY_MEMBERSHIPS, pause: !session, context });
  const [result, request] = useMutation(REQUEST);
  const [open, setOpen] = useState(false);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  // After sending, the form goes away: the keyboard focus moves to the request's state, which replaces it.
  const stateRef = useRef<HTMLParagraphElement>(null);
  const [sent, setSent] = useState(false);
  useEffect(() => {
    if (sent && stateRef.current) {
      stateRef.current.focus();
      setSent(false);
    }
  });

  const heading = <h2 id="membership-heading">{forGroup ? 'Mitglied werden' : 'Für diese Kommune schreiben'}</h2>;
  if (!session) {
    return (
      <section className="membership" aria-labelledby="membership-heading">
        {heading}
        <p>
          <Link to={`/anmelden?weiter=${encodeURIComponent(location.pathname + location.search)}`}>Anmelden</Link>, um{' '}
          {forGroup ? 'eine Mitgliedschaft' : 'die Mitarbeit'} zu beantragen.
        </p>
      </section>
    );
  }
  if (mine.error) {
    return (
      <section className="membership" aria-labelledby="membership-heading">
        {heading}
        <ErrorNotice error={mine.error} retry={() => refetch({ requestPolicy: 'network-only' })} />
      </section>
    );
  }
  const viewer = mine.data?.viewer;
  if (!viewer) return null;
  const here = viewer.memberships.filter((m) =>
    forGroup ? m.volunteerGroup?.id === props.volunteerGroupId : m.municipality?.id === props.municipalityId,
  );
  const open_ = here.find((m) => m.status === 'PENDING' || m.status === 'VERIFIED');
  const last = here.find((m) => m.status === 'REJECTED' || m.status === 'REVOKED');
  return (
    <section className="membership" aria-labelledby="membership-heading">
      {heading}
      {open_ ? (
        <p className="membership__state" role="status" ref={stateRef} tabIndex={-1}>
          {MEMBERSHIP_ROLES[open_.role] ?? open_.role}
          {open_.position ? ` (${open_.position})` : ''}: <strong>{MEMBERSHIP_STATUS[open_.status]}</strong>
          {open_.status === 'PENDING'
            ? ` am ${formatDay(open_.createdAt)} – ${forGroup ? 'die Leitung der Gruppe' : 'die Administration der Kommune'} entscheidet darüber.`
            : ''}
        </p>
      ) : (
        <>
          {last ? (
            <p className="membership__state">
              Ihr letzter Antrag: <strong>{MEMBERSHIP_STATUS[last.status]}</strong>
              {last.decisionReason ? ` – ${last.decisionReason}` : ''}
            </p>
          ) : (
            <p>
              {forGroup
                ? `Bestätigte Mitglieder schreiben Erfahrungen im Namen von ${props.name}.`
                : `Bestätigte Mitarbeitende veröffentlichen Erfahrungen im Namen von ${props.name}.`}
            </p>
          )}
          {!viewer.emailVerified ? (
            <p className="notice">Bitte bestätigen Sie zuerst Ihre E-Mail-Adresse mit dem Link aus unserer E-Mail.</p>
          ) : (
            <button type="button" aria-expanded={open} aria-controls="membership-form" onClick={() => setOpen(!open)}>
              {action}
            </button>
          )}
          {viewer.emailVerified && open ? (
            <form
              id="membership-form"
              className="form"
              aria-label={action}
              noValidate
              onSubmit={async (event) => {
                event.preventDefault();
                const form = new FormData(event.currentTarget);
                const position = String(form.get('position') ?? '').trim();
                const role = String(form.get('role') ?? roles[0]) as MembershipRole;
                setProblem(null);
                if (!position) return setFields({ position: 'Bitte ausfüllen.' });
                setFields({});
                const { data, error } = await request(
                  {
                    input: {
                      role,
                      position,
                      ...(forGroup ? { volunteerGroupId: props.volunteerGroupId } : { municipalityId: props.municipalityId }),
                    },
                  },
                  context,
                );
                if (data?.requestMembership) {
                  setOpen(false);
                  setSent(true);
                  refetch({ requestPolicy: 'network-only' });
                  return;
                }
                const p = describeProblem(error);
                setFields(p.fields);
                if (!Object.keys(p.fields).length) {
                  setProblem(p.code === 'CONFLICT' ? 'Sie haben hier schon einen offenen Antrag oder sind bereits bestätigt.' : p.message);
                }
              }}
            >
              <FormProblem message={problem} />
              <div className="field">
                <label htmlFor="membership-role">Als</label>
                <select id="membership-role" name="role" defaultValue={roles[0]}>
                  {roles.map((r) => (
                    <option key={r} value={r}>
                      {MEMBERSHIP_ROLES[r]}
                    </option>
                  ))}
                </select>
              </div>
              <Field
                label={forGroup ? 'Ihre Aufgabe in der Gruppe' : 'Ihre Stelle und Ihr Amt'}
                name="position"
                required
                maxLength={200}
                hint={forGroup ? 'z. B. „Fahrdienst und Materiallager“' : 'z. B. „Ordnungsamt, Sachgebiet Bevölkerungsschutz“'}
                error={fields.position}
              />
              <div className="form__actions">
                <button type="submit" disabled={result.fetching}>
                  {result.fetching ? 'Wird gesendet …' : 'Antrag senden'}
                </button>
                <button type="button" className="link-button" onClick={() => setOpen(false)}>
                  Abbrechen
                </button>
              </div>
            </form>
          ) : null}
        </>
      )}
    </section>
  );
}
