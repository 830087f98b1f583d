import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { CrisisProposalsPageQuery } from '../../gql/graphql';
import { useIsModerator } from '../../api/useViewerRoles';
import { Empty, ErrorNotice, Loading } from '../../components/States';
import { describeProblem } from '../../lib/errors';
import { HAZARDS, label } from '../../lib/labels';
import { crisisDates } from '../../lib/placeLabels';
import { usePageTitle } from '../../lib/usePageTitle';
import { isForbidden, ModerationNav, NoAccess, useSignInFirst } from './ModerationLayout';

const PROPOSALS = graphql(`
  query CrisisProposalsPage {
    proposals: crises(status: PROPOSED, first: 100) {
      nodes {
        id
        name
        description
        hazards
        startsOn
        endsOn
        proposedBy {
          id
          displayName
        }
        affectedMunicipalities {
          id
          name
        }
      }
    }
    confirmed: crises(first: 100) {
      nodes {
        id
        name
        startsOn
        endsOn
      }
    }
  }
`);

const CONFIRM = graphql(`
  mutation ConfirmCrisis($input: CrisisIdInput!) {
    confirmCrisis(input: $input) {
      crisis {
        id
        status
      }
    }
  }
`);

const REJECT = graphql(`
  mutation RejectCrisis($input: RejectCrisisInput!) {
    rejectCrisis(input: $input) {
      crisis {
        id
        status
        decisionReason
      }
    }
  }
`);

const MERGE = graphql(`
  mutation MergeCrisis($input: MergeCrisisInput!) {
    mergeCrisis(input: $input) {
      crisis {
        id
        status
        mergedInto {
          id
          name
        }
      }
    }
  }
`);

/** After a decision both lists are asked again (the proposals may become empty: no typename to go by). */
const REFRESH = { additionalTypenames: ['Crisis'] };

type Proposal = CrisisProposalsPageQuery['proposals']['nodes'][number];
type Confirmed = CrisisProposalsPageQuery['confirmed']['nodes'][number];

/**
 * The crises municipal staff proposed, for the moderation: confirm, reject with a reason for the proposer, or merge a
 * duplicate into a confirmed crisis. Moderators and admins only.
 */
export function CrisisProposalsPage() {
  usePageTitle('Moderation: vorgeschlagene Krisen');
  const signIn = useSignInFirst();
  const { isModerator, known } = useIsModerator();
  const [result, refetch] = useQuery({
    query: PROPOSALS,
    pause: !!signIn || !isModerator,
    requestPolicy: 'cache-and-network',
    context: REFRESH,
  });
  const [decided, setDecided] = useState<string | null>(null);
  // The decided entry leaves the list, and with it the keyboard focus: it goes to the message saying what was done.
  const statusRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (decided) statusRef.current?.focus();
  }, [decided]);
  if (signIn) return signIn;
  if (!known) return <Loading what="Ihre Berechtigungen" />;
  if (!isModerator || isForbidden(result.error)) return <NoAccess />;
  const proposals = result.data?.proposals.nodes;
  const confirmed = result.data?.confirmed.nodes ?? [];
  return (
    <section className="page">
      <h1>Moderation</h1>
      <ModerationNav />
      <h2>Vorgeschlagene Krisen</h2>
      <p className="lead">
        Mitarbeitende von Kommunen schlagen Krisen vor. Bestätigen Sie einen Vorschlag, damit er in der Liste der Krisen steht, lehnen Sie
        ihn mit einer Begründung ab, oder führen Sie ein Duplikat mit einer bestätigten Krise zusammen.
      </p>
      <div role="status">
        {decided ? (
          <p className="status-message" ref={statusRef} tabIndex={-1}>
            {decided}
          </p>
        ) : null}
      </div>
      {result.fetching && !proposals ? <Loading what="Vorgeschlagene Krisen" /> : null}
      {result.error ? <ErrorNotice error={result.error} retry={() => refetch({ requestPolicy: 'network-only' })} /> : null}
      {proposals && proposals.length === 0 ? (
        <Empty>
          <p>Keine Vorschläge offen. Alles erledigt.</p>
        </Empty>
      ) : null}
      {proposals?.length ? (
        <ol className="queue crisis-proposals">
          {proposals.map((c) => (
            <li key={c.id}>
              <ProposalEntry
                crisis={c}
                confirmed={confirmed}
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

function ProposalEntry(props: { crisis: Proposal; confirmed: readonly Confirmed[]; onDecided: (message: string) => void }) {
  const { crisis } = props;
  const id = useId();
  const [confirming, confirm] = useMutation(CONFIRM);
  const [rejecting, reject] = useMutation(REJECT);
  const [merging, merge] = useMutation(MERGE);
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [intoError, setIntoError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const busy = confirming.fetching || rejecting.fetching || merging.fetching;

  const refused = (error: Parameters<typeof describeProblem>[0]) => {
    const p = describeProblem(error);
    if (p.fields.reason) return setReasonError(p.fields.reason);
    if (p.fields.intoId)
      return setIntoError(
        p.fields.intoId === 'Bitte prüfen Sie diese Angabe.' ? 'Bitte wählen Sie eine bestätigte Krise.' : p.fields.intoId,
      );
    // Decided elsewhere meanwhile: the entry leaves the list (it is asked again), so the page says so.
    if (p.code === 'CONFLICT')
      return props.onDecided(`Über „${crisis.name}“ wurde inzwischen schon entschieden; der Vorschlag ist erledigt.`);
    setProblem(p.code === 'FORBIDDEN' ? 'Über vorgeschlagene Krisen entscheidet die Moderation.' : p.message);
  };

  const decide = async (choice: 'confirm' | 'reject', form: HTMLFormElement) => {
    // The buttons stay enabled while deciding (a disabled button would lose the keyboard focus): one at a time.
    if (busy) return;
    setProblem(null);
    if (choice === 'confirm') {
      setReasonError(null);
      const { error } = await confirm({ input: { id: crisis.id } }, REFRESH);
      if (!error) props.onDecided(`Bestätigt: ${crisis.name}.`);
      else refused(error);
      return;
    }
    const reason = String(new FormData(form).get('reason') ?? '').trim();
    if (reason.length < 3) {
      setReasonError('Bitte begründen Sie die Ablehnung (mindestens 3 Zeichen); die Person, die sie vorgeschlagen hat, sieht sie.');
      form.querySelector('textarea')?.focus();
      return;
    }
    setReasonError(null);
    const { error } = await reject({ input: { id: crisis.id, reason } }, REFRESH);
    if (!error) props.onDecided(`Abgelehnt: ${crisis.name}.`);
    else refused(error);
  };

  const mergeInto = async (form: HTMLFormElement) => {
    if (busy) return;
    setProblem(null);
    const intoId = String(new FormData(form).get('intoId') ?? '');
    if (!intoId) {
      setIntoError('Bitte wählen Sie die Krise, mit der sie zusammengeführt wird.');
      form.querySelector('select')?.focus();
      return;
    }
    setIntoError(null);
    const { data, error } = await merge({ input: { id: crisis.id, intoId } }, REFRESH);
    if (data) props.onDecided(`Zusammengeführt: ${crisis.name} mit ${data.mergeCrisis.crisis.mergedInto?.name ?? 'der gewählten Krise'}.`);
    else refused(error);
  };

  return (
    <article aria-labelledby={`${id}-heading`} className="crisis-proposal">
      <h3 id={`${id}-heading`}>
        <Link to={`/krisen/${crisis.id}`}>{crisis.name}</Link>
      </h3>
      <dl className="facts">
        <div>
          <dt>Gefahren</dt>
          <dd>{crisis.hazards.map((h) => label(HAZARDS, h)).join(', ')}</dd>
        </div>
        <div>
          <dt>Zeitraum</dt>
          <dd>{crisisDates(crisis.startsOn, crisis.endsOn)}</dd>
        </div>
        <div>
          <dt>Betroffen</dt>
          <dd>{crisis.affectedMunicipalities.map((m) => m.name).join(', ')}</dd>
        </div>
        <div>
          <dt>Vorgeschlagen von</dt>
          <dd>{crisis.proposedBy?.displayName ?? 'Gelöschtes Konto'}</dd>
        </div>
      </dl>
      {crisis.description ? <p>{crisis.description}</p> : null}
      {problem ? (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      ) : null}
      <form
        className="form decision"
        noValidate
        aria-label={`Entscheidung: ${crisis.name}`}
        onSubmit={(event) => {
          event.preventDefault();
          const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
          void decide(submitter?.value === 'reject' ? 'reject' : 'confirm', event.currentTarget);
        }}
      >
        <div>
          <label htmlFor={`${id}-reason`}>Begründung (nur beim Ablehnen nötig)</label>
          <p id={`${id}-hint`} className="hint">
            Die Person, die die Krise vorgeschlagen hat, sieht sie.
          </p>
          <textarea
            id={`${id}-reason`}
            name="reason"
            rows={2}
            maxLength={1000}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={reasonError ? `${id}-hint ${id}-error` : `${id}-hint`}
          />
          {reasonError ? (
            <p id={`${id}-error`} className="field__error" role="alert">
              {reasonError}
            </p>
          ) : null}
        </div>
        <div className="form__actions">
          <button type="submit" name="decision" value="confirm" aria-label={`Bestätigen: ${crisis.name}`}>
            Bestätigen
          </button>
          <button type="submit" name="decision" value="reject" className="button--secondary" aria-label={`Ablehnen: ${crisis.name}`}>
            Ablehnen
          </button>
        </div>
      </form>
      {props.confirmed.length ? (
        <form
          className="form decision"
          noValidate
          aria-label={`Zusammenführen: ${crisis.name}`}
          onSubmit={(event) => {
            event.preventDefault();
            void mergeInto(event.currentTarget);
          }}
        >
          <div>
            <label htmlFor={`${id}-into`}>Zusammenführen mit …</label>
            <p id={`${id}-into-hint`} className="hint">
              Ist der Vorschlag ein Duplikat, übernimmt die gewählte bestätigte Krise seine Kommunen, Erfahrungen und Folgenden.
            </p>
            <select
              id={`${id}-into`}
              name="intoId"
              defaultValue=""
              aria-invalid={intoError ? true : undefined}
              aria-describedby={intoError ? `${id}-into-hint ${id}-into-error` : `${id}-into-hint`}
            >
              <option value="">Bestätigte Krise wählen</option>
              {props.confirmed.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name} ({crisisDates(c.startsOn, c.endsOn)})
                </option>
              ))}
            </select>
            {intoError ? (
              <p id={`${id}-into-error`} className="field__error" role="alert">
                {intoError}
              </p>
            ) : null}
          </div>
          <div className="form__actions">
            <button type="submit" className="button--secondary" aria-label={`Zusammenführen: ${crisis.name}`}>
              Zusammenführen
            </button>
          </div>
        </form>
      ) : null}
    </article>
  );
}
