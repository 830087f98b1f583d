import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { Hazard } from '../../gql/graphql';
import { useSession } from '../../api/useSession';
import { FormProblem } from '../../components/Field';
import { ChoiceGroup, TextArea, TextInput } from '../../components/FormControls';
import { ErrorNotice, Loading } from '../../components/States';
import { berlinParts } from '../../lib/berlinTime';
import { describeProblem } from '../../lib/errors';
import { HAZARDS } from '../../lib/labels';
import { usePageTitle } from '../../lib/usePageTitle';
import { mayProposeCrisis } from './crisisProposals';

const MunicipalityPicker = lazy(() => import('../../components/MunicipalityPicker'));

const PROPOSER = graphql(`
  query ProposeCrisisViewer {
    viewer {
      id
      platformRoles
      memberships {
        id
        role
        status
        municipality {
          id
        }
      }
    }
  }
`);

const CHOSEN = graphql(`
  query ProposeCrisisMunicipality($id: ID!) {
    municipality(id: $id) {
      id
      name
    }
  }
`);

const PROPOSE = graphql(`
  mutation ProposeCrisis($input: ProposeCrisisInput!) {
    proposeCrisis(input: $input) {
      crisis {
        id
        status
      }
    }
  }
`);

interface Draft {
  name: string;
  hazards: string[];
  description: string;
  startsOn: string;
  endsOn: string;
  municipalityIds: string[];
}

const EMPTY: Draft = { name: '', hazards: [], description: '', startsOn: '', endsOn: '', municipalityIds: [] };

/** The server's rules, checked before sending: the same words as its refusals, at the same fields. */
export function checkProposal(draft: Draft, today: string): Record<string, string> {
  const errors: Record<string, string> = {};
  const name = draft.name.trim();
  if (!name) errors.name = 'Bitte ausfüllen.';
  else if (name.length < 3) errors.name = 'Mindestens 3 Zeichen.';
  else if (name.length > 200) errors.name = 'Höchstens 200 Zeichen.';
  if (!draft.hazards.length) errors.hazards = 'Bitte wählen Sie mindestens eine Gefahrenart.';
  if (draft.description.trim().length > 5000) errors.description = 'Höchstens 5000 Zeichen.';
  const day = /^\d{4}-\d{2}-\d{2}$/;
  if (!draft.startsOn) errors.startsOn = 'Bitte ausfüllen.';
  else if (!day.test(draft.startsOn)) errors.startsOn = 'Bitte ein gültiges Datum angeben.';
  else if (draft.startsOn > today) errors.startsOn = 'Das Datum darf nicht in der Zukunft liegen.';
  if (draft.endsOn) {
    if (!day.test(draft.endsOn)) errors.endsOn = 'Bitte ein gültiges Datum angeben.';
    else if (draft.endsOn > today) errors.endsOn = 'Das Datum darf nicht in der Zukunft liegen.';
    else if (draft.startsOn && draft.endsOn < draft.startsOn) errors.endsOn = 'Das Ende darf nicht vor dem Beginn liegen.';
  }
  if (!draft.municipalityIds.length) errors.affectedMunicipalityIds = 'Bitte wählen Sie mindestens eine betroffene Kommune.';
  return errors;
}

/** Verified municipal staff propose a crisis; the moderation confirms it (a moderator's own proposal counts at once). */
export function ProposeCrisisPage() {
  usePageTitle('Krise vorschlagen');
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [viewer, refetch] = useQuery({ query: PROPOSER, pause: !session, requestPolicy: 'cache-and-network' });
  const [sending, propose] = useMutation(PROPOSE);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const today = berlinParts(new Date()).date;
  if (!session) return <Navigate to={`/anmelden?weiter=${encodeURIComponent(location.pathname)}`} replace />;
  const me = viewer.data?.viewer;
  if (viewer.fetching && !me) return <Loading what="Ihre Mitgliedschaften" />;
  if (viewer.error || !me) {
    return viewer.error ? <ErrorNotice error={viewer.error} retry={() => refetch({ requestPolicy: 'network-only' })} /> : null;
  }
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));

  const submit = async () => {
    if (sending.fetching) return;
    setProblem(null);
    const found = checkProposal(draft, today);
    setErrors(found);
    if (Object.keys(found).length) {
      focusFirst(found);
      return;
    }
    const { data, error } = await propose(
      {
        input: {
          name: draft.name.trim(),
          hazards: draft.hazards as Hazard[],
          ...(draft.description.trim() ? { description: draft.description.trim() } : {}),
          startsOn: draft.startsOn,
          ...(draft.endsOn ? { endsOn: draft.endsOn } : {}),
          affectedMunicipalityIds: draft.municipalityIds,
        },
      },
      { additionalTypenames: ['Crisis'] },
    );
    if (data) {
      navigate(`/krisen/${data.proposeCrisis.crisis.id}`);
      return;
    }
    const p = describeProblem(error);
    const fields = Object.fromEntries(Object.entries(p.fields).map(([k, v]) => [k.split('.')[0], v]));
    setErrors(fields);
    if (Object.keys(fields).length) focusFirst(fields);
    else
      setProblem(
        p.code === 'FORBIDDEN'
          ? 'Krisen schlagen bestätigte Mitarbeitende einer Kommune vor. Bitte beantragen Sie zuerst die Mitarbeit.'
          : p.message,
      );
  };

  return (
    <section className="page page--narrow">
      <p className="lesson__kicker">
        <Link to="/krisen">Krisen</Link>
      </p>
      <h1>Krise vorschlagen</h1>
      {!mayProposeCrisis(me) ? (
        <p className="notice" role="note">
          Krisen schlagen bestätigte Mitarbeitende einer Kommune vor. Beantragen Sie die Mitarbeit auf der Seite Ihrer Kommune; sobald sie
          bestätigt ist, können Sie hier eine Krise vorschlagen.
        </p>
      ) : (
        <>
          <p className="lead">
            Eine Krise ist ein Ereignis, zu dem Kommunen und Ehrenamtliche Erfahrungen aufschreiben. Die Moderation prüft Ihren Vorschlag,
            bevor er in der Liste steht; Erfahrungen können ihn schon vorher nennen.
          </p>
          <form
            className="form"
            noValidate
            aria-label="Krise vorschlagen"
            onSubmit={(event) => {
              event.preventDefault();
              void submit();
            }}
          >
            <FormProblem message={problem} />
            <TextInput
              id="crisis-name"
              label="Name der Krise *"
              hint="Wie man sie nennt, z. B. „Hochwasser Juli 2021“."
              value={draft.name}
              onChange={set('name')}
              error={errors.name}
              required
              maxLength={200}
            />
            <ChoiceGroup
              id="crisis-hazards"
              legend="Gefahren *"
              hint="Eine oder mehrere."
              type="checkbox"
              choices={HAZARDS}
              selected={draft.hazards}
              onChange={set('hazards')}
              error={errors.hazards}
            />
            <TextArea
              id="crisis-description"
              label="Beschreibung"
              hint="Was geschah, wo, mit welchen Folgen (höchstens 5000 Zeichen)."
              value={draft.description}
              onChange={set('description')}
              error={errors.description}
            />
            <DateField
              id="crisis-startsOn"
              label="Beginn *"
              value={draft.startsOn}
              max={today}
              onChange={set('startsOn')}
              error={errors.startsOn}
            />
            <DateField
              id="crisis-endsOn"
              label="Ende"
              hint="Leer lassen, solange die Krise andauert."
              value={draft.endsOn}
              min={draft.startsOn || undefined}
              max={today}
              onChange={set('endsOn')}
              error={errors.endsOn}
            />
            <Municipalities ids={draft.municipalityIds} onChange={set('municipalityIds')} error={errors.affectedMunicipalityIds} />
            <div className="form__actions">
              <button type="submit">{sending.fetching ? 'Wird gesendet …' : 'Vorschlag senden'}</button>
              <Link to="/krisen">Abbrechen</Link>
            </div>
          </form>
        </>
      )}
    </section>
  );
}

/** Moves the keyboard focus to the first field with an error (in the order of the form). */
function focusFirst(errors: Record<string, string>) {
  const order = ['name', 'hazards', 'description', 'startsOn', 'endsOn', 'affectedMunicipalityIds'];
  const first = order.find((k) => errors[k]);
  if (!first) return;
  const target = document.getElementById(`crisis-${first}`);
  const input = target?.matches('input, textarea, select') ? target : target?.querySelector<HTMLElement>('input, textarea, select');
  (input ?? target)?.focus();
}

/** A calendar day (native date input: keyboard and screen readers know it), with hint and error tied to it. */
function DateField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  max?: string;
  min?: string;
  hint?: string;
  error?: string;
}) {
  const describedBy =
    [props.hint ? `${props.id}-hint` : null, props.error ? `${props.id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      {props.hint ? (
        <p id={`${props.id}-hint`} className="hint">
          {props.hint}
        </p>
      ) : null}
      <input
        id={props.id}
        type="date"
        value={props.value}
        max={props.max}
        min={props.min}
        onChange={(e) => props.onChange(e.target.value)}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={describedBy}
      />
      {props.error ? (
        <p id={`${props.id}-error`} className="field__error">
          {props.error}
        </p>
      ) : null}
    </div>
  );
}

/** The affected municipalities: chosen one by one with the combobox, each listed with a button to take it out. */
function Municipalities(props: { ids: string[]; onChange: (ids: string[]) => void; error?: string }) {
  // A new picker after each choice, so its field is empty for the next one.
  const [round, setRound] = useState(0);
  const box = useRef<HTMLFieldSetElement>(null);
  // The keyboard focus stays in the (new) field, ready for the next municipality.
  useEffect(() => {
    if (round) box.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, [round]);
  return (
    <fieldset
      id="crisis-affectedMunicipalityIds"
      className="choice-group"
      tabIndex={-1}
      ref={box}
      aria-describedby={props.error ? 'crisis-affectedMunicipalityIds-error' : undefined}
    >
      <legend>Betroffene Kommunen *</legend>
      {props.error ? (
        <p id="crisis-affectedMunicipalityIds-error" className="field__error">
          {props.error}
        </p>
      ) : null}
      {props.ids.length ? (
        <ul className="chosen-list" aria-label="Gewählte Kommunen">
          {props.ids.map((id) => (
            <ChosenMunicipality key={id} id={id} onRemove={() => props.onChange(props.ids.filter((x) => x !== id))} />
          ))}
        </ul>
      ) : (
        <p className="hint">Noch keine gewählt.</p>
      )}
      <Suspense fallback={<p className="field__placeholder">Kommune: wird geladen …</p>}>
        <MunicipalityPicker
          key={round}
          label="Kommune hinzufügen"
          hint="Namen eingeben und aus den Vorschlägen wählen; wiederholen für weitere Kommunen. Ein Landkreis steht für alle seine Gemeinden."
          onSelect={(id) => {
            if (!id) return;
            if (!props.ids.includes(id)) props.onChange([...props.ids, id]);
            setRound((r) => r + 1);
          }}
        />
      </Suspense>
    </fieldset>
  );
}

function ChosenMunicipality({ id, onRemove }: { id: string; onRemove: () => void }) {
  const [result] = useQuery({ query: CHOSEN, variables: { id } });
  const name = result.data?.municipality.name ?? 'Kommune';
  return (
    <li>
      <span>{name}</span>{' '}
      <button type="button" className="link-button" onClick={onRemove} aria-label={`${name} entfernen`}>
        Entfernen
      </button>
    </li>
  );
}
