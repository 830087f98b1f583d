import { useId, useState } from 'react';
import { Link, Navigate, useLocation, useNavigate, useParams } from 'react-router';
import { type CombinedError, useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { useSession } from '../../api/useSession';
import { ChoiceGroup, TextArea, TextInput } from '../../components/FormControls';
import { NotThere } from '../../components/NotThere';
import { ErrorNotice, Loading } from '../../components/States';
import { describeProblem } from '../../lib/errors';
import { usePageTitle } from '../../lib/usePageTitle';

const SPEAKS_FOR = graphql(`
  query SeriesFormViewer {
    viewer {
      id
      platformRoles
      memberships {
        id
        status
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
  }
`);

const SERIES = graphql(`
  query EditSeriesPage($id: ID!) {
    seminarSeries(id: $id) {
      id
      title
      description
      organisers
      viewerCanOrganise
    }
  }
`);

const CREATE = graphql(`
  mutation CreateSeries($input: CreateSeminarSeriesInput!) {
    createSeminarSeries(input: $input) {
      series {
        id
      }
    }
  }
`);

const UPDATE = graphql(`
  mutation UpdateSeries($input: UpdateSeminarSeriesInput!) {
    updateSeminarSeries(input: $input) {
      series {
        id
        title
        description
        organisers
      }
    }
  }
`);

interface SeriesFields {
  title: string;
  description: string;
  organisers: string;
  /** Municipality:<id> or VolunteerGroup:<id> entries, chosen among one's own verified memberships. */
  organising: string[];
}

/** Starting a series: the ORGANIZER role for any, verified staff or members for their own municipality or group. */
export function NewSeriesPage() {
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [result, refetch] = useQuery({ query: SPEAKS_FOR, pause: !session });
  const [, create] = useMutation(CREATE);
  usePageTitle('Neue Seminarreihe');
  if (!session) return <Navigate to={`/anmelden?weiter=${encodeURIComponent(location.pathname)}`} replace />;
  if (result.fetching && !result.data) return <Loading what="Ihre Angaben" />;
  if (result.error || !result.data?.viewer)
    return <ErrorNotice error={result.error!} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  const viewer = result.data.viewer;
  const roleOrganiser = !!viewer.platformRoles?.some((r) => r === 'ORGANIZER' || r === 'ADMIN');
  const choices: Record<string, string> = {};
  for (const m of viewer.memberships) {
    if (m.status !== 'VERIFIED') continue;
    if (m.municipality) choices[`m:${m.municipality.id}`] = m.municipality.name;
    if (m.volunteerGroup) choices[`g:${m.volunteerGroup.id}`] = m.volunteerGroup.name;
  }
  return (
    <section className="page page--narrow">
      <p className="lesson__kicker">
        <Link to="/seminare">Online-Seminare</Link>
      </p>
      <h1>Neue Seminarreihe</h1>
      {!roleOrganiser && !Object.keys(choices).length ? (
        <p className="notice">
          Eine Seminarreihe legen die Veranstaltenden der Plattform an, oder bestätigte Mitarbeitende einer Kommune und Mitglieder einer
          Gruppe für diese.
        </p>
      ) : (
        <SeriesForm
          initial={{ title: '', description: '', organisers: '', organising: [] }}
          organisingChoices={choices}
          organisingHint={
            roleOrganiser
              ? 'Freiwillig: Wer hier bestätigt ist, kann die Reihe dann mit Ihnen betreuen.'
              : 'Mindestens eine: Ihre Kolleginnen und Kollegen dort können die Reihe dann mit Ihnen betreuen.'
          }
          submitLabel="Reihe anlegen"
          onSubmit={async (fields) => {
            const { data, error } = await create(
              {
                input: {
                  title: fields.title,
                  organisers: lines(fields.organisers),
                  ...(fields.description ? { description: fields.description } : {}),
                  organisingMunicipalityIds: fields.organising.filter((k) => k.startsWith('m:')).map((k) => k.slice(2)),
                  organisingVolunteerGroupIds: fields.organising.filter((k) => k.startsWith('g:')).map((k) => k.slice(2)),
                },
              },
              { additionalTypenames: ['SeminarSeries'] },
            );
            if (data) {
              void navigate(`/seminare/${data.createSeminarSeries.series.id}`);
              return null;
            }
            return error ?? null;
          }}
        />
      )}
    </section>
  );
}

/** Changing a series' title, description and organisers' names, for its organisers. */
export function EditSeriesPage() {
  const { seriesId = '' } = useParams();
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const [result, refetch] = useQuery({ query: SERIES, variables: { id: seriesId }, pause: !session });
  const [, update] = useMutation(UPDATE);
  const series = result.data?.seminarSeries;
  usePageTitle(series ? `Reihe bearbeiten: ${series.title}` : 'Reihe bearbeiten');
  if (!session) return <Navigate to={`/anmelden?weiter=${encodeURIComponent(location.pathname)}`} replace />;
  if (result.fetching && !series) return <Loading what="Die Seminarreihe" />;
  if (result.error?.graphQLErrors.some((e) => e.extensions?.code === 'NOT_FOUND')) return <NotThere what="Diese Seminarreihe" />;
  if (result.error || !series) return <ErrorNotice error={result.error!} retry={() => refetch({ requestPolicy: 'network-only' })} />;
  return (
    <section className="page page--narrow">
      <p className="lesson__kicker">
        <Link to={`/seminare/${series.id}`}>{series.title}</Link>
      </p>
      <h1>Reihe bearbeiten</h1>
      {series.viewerCanOrganise ? (
        <SeriesForm
          initial={{ title: series.title, description: series.description ?? '', organisers: series.organisers.join('\n'), organising: [] }}
          submitLabel="Änderungen speichern"
          onSubmit={async (fields) => {
            const { data, error } = await update({
              input: { id: series.id, title: fields.title, description: fields.description, organisers: lines(fields.organisers) },
            });
            if (data) {
              void navigate(`/seminare/${series.id}`);
              return null;
            }
            return error ?? null;
          }}
        />
      ) : (
        <p className="notice">Diese Reihe bearbeiten nur ihre Veranstaltenden.</p>
      )}
    </section>
  );
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

/** The fields of a series; checked here first as the API checks them, the API's refusals shown at their field. */
function SeriesForm(props: {
  initial: SeriesFields;
  /** Only when creating: one's own municipalities and groups that may organise the series with one. */
  organisingChoices?: Record<string, string>;
  organisingHint?: string;
  submitLabel: string;
  onSubmit: (fields: SeriesFields) => Promise<CombinedError | null>;
}) {
  const id = useId();
  const [fields, setFields] = useState(props.initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof SeriesFields) => (value: string | string[]) => setFields((f) => ({ ...f, [key]: value }));
  return (
    <form
      className="form"
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        if (busy) return;
        setProblem(null);
        const found: Record<string, string> = {};
        if (fields.title.trim().length < 3) found.title = 'Bitte geben Sie einen Titel an (mindestens 3 Zeichen).';
        const names = lines(fields.organisers);
        if (!names.length) found.organisers = 'Bitte nennen Sie mindestens eine veranstaltende Organisation.';
        else if (names.length > 10) found.organisers = 'Höchstens 10 Organisationen.';
        else if (names.some((n) => n.length < 2)) found.organisers = 'Jeder Name braucht mindestens 2 Zeichen.';
        setErrors(found);
        if (Object.keys(found).length) {
          document.getElementById(`${id}-${Object.keys(found)[0]}`)?.focus();
          return;
        }
        setBusy(true);
        const error = await props.onSubmit(fields);
        setBusy(false);
        if (!error) return;
        const p = describeProblem(error);
        const atFields: Record<string, string> = {};
        for (const [field, message] of Object.entries(p.fields)) {
          const key = field.startsWith('organising') ? 'organising' : field.split('.')[0];
          atFields[key] ??= message;
        }
        setErrors(atFields);
        if (p.code === 'FORBIDDEN' && props.organisingChoices) {
          setErrors({ organising: 'Bitte wählen Sie die Kommune oder Gruppe, für die Sie die Reihe veranstalten.' });
        } else if (!Object.keys(atFields).length) setProblem(p.message);
      }}
    >
      {problem ? (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      ) : null}
      <TextInput
        id={`${id}-title`}
        label="Titel (Pflichtfeld)"
        value={fields.title}
        onChange={set('title')}
        error={errors.title}
        required
        maxLength={200}
      />
      <TextArea
        id={`${id}-description`}
        label="Beschreibung"
        value={fields.description}
        onChange={set('description')}
        error={errors.description}
        rows={4}
      />
      <TextArea
        id={`${id}-organisers`}
        label="Veranstaltende (Pflichtfeld)"
        hint="Eine Organisation je Zeile, so wie die Reihe sie nennt (höchstens 10)."
        value={fields.organisers}
        onChange={set('organisers')}
        error={errors.organisers}
        required
        rows={3}
      />
      {props.organisingChoices && Object.keys(props.organisingChoices).length ? (
        <ChoiceGroup
          id={`${id}-organising`}
          legend="Veranstaltet für"
          hint={props.organisingHint}
          type="checkbox"
          choices={props.organisingChoices}
          selected={fields.organising}
          onChange={set('organising')}
          error={errors.organising}
        />
      ) : null}
      <div className="form__actions">
        <button type="submit">{busy ? 'Wird gespeichert …' : props.submitLabel}</button>
      </div>
    </form>
  );
}
