import { lazy, Suspense, useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import type { CrisisPhase, Hazard } from '../gql/graphql';
import { describeProblem } from '../lib/errors';
import { HAZARDS, PHASES } from '../lib/labels';
import { ChoiceGroup } from './FormControls';

const MunicipalityPicker = lazy(() => import('./MunicipalityPicker'));

const DRAFT = graphql(`
  mutation DraftLessonFromThread($input: DraftLessonFromThreadInput!) {
    draftLessonFromThread(input: $input) {
      experience {
        id
      }
    }
  }
`);

/**
 * "Erfahrung daraus entwerfen": names where it happened, the hazards and the phase; the API drafts the lesson from
 * the discussion (questions, accepted answers, conclusion) and the author completes it in the editor.
 */
export default function DraftLessonForm(props: { threadId: string; onCancel: () => void }) {
  const id = useId();
  const navigate = useNavigate();
  const [result, draft] = useMutation(DRAFT);
  const [hazards, setHazards] = useState<string[]>([]);
  const [phase, setPhase] = useState<string[]>([]);
  const [municipalityId, setMunicipalityId] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <form
      className="form"
      noValidate
      aria-labelledby={`${id}-heading`}
      onSubmit={async (event) => {
        event.preventDefault();
        if (result.fetching) return;
        setProblem(null);
        const missing: Record<string, string> = {};
        if (!municipalityId) missing.municipalityId = 'Bitte wählen Sie die Kommune, in der es geschah.';
        if (!hazards.length) missing.hazards = 'Bitte wählen Sie mindestens eine Gefahrenart.';
        if (!phase.length) missing.phase = 'Bitte wählen Sie die Phase.';
        setErrors(missing);
        if (Object.keys(missing).length) {
          const first = missing.municipalityId ? null : missing.hazards ? `${id}-hazards` : `${id}-phase`;
          if (first) document.getElementById(first)?.focus();
          else (event.currentTarget.querySelector('input') as HTMLInputElement | null)?.focus();
          return;
        }
        const { data, error } = await draft({
          input: {
            threadId: props.threadId,
            municipalityId: municipalityId!,
            hazards: hazards as Hazard[],
            phase: phase[0] as CrisisPhase,
          },
        });
        const experienceId = data?.draftLessonFromThread.experience.id;
        if (experienceId) {
          void navigate(`/schreiben/${experienceId}`);
          return;
        }
        const p = describeProblem(error);
        setErrors(p.fields);
        if (!Object.keys(p.fields).length) setProblem(p.message);
      }}
    >
      <h3 id={`${id}-heading`}>Erfahrung daraus entwerfen</h3>
      <p className="hint">
        Krisenfest legt Ihnen einen Entwurf an: die Fragen als Ausgangslage, die markierten Antworten als Maßnahmen, das Ergebnis als
        Wirkung. Sie ergänzen ihn im Editor und veröffentlichen ihn dann.
      </p>
      {problem ? (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      ) : null}
      <div className="field">
        <Suspense fallback={<p className="field__placeholder">Kommune: wird geladen …</p>}>
          <MunicipalityPicker
            label="Kommune, in der es geschah (Pflichtfeld)"
            selectedId={municipalityId ?? undefined}
            onSelect={(chosen) => {
              setMunicipalityId(chosen);
              if (chosen) setErrors((shown) => ({ ...shown, municipalityId: '' }));
            }}
            error={errors.municipalityId || errors.volunteerGroupId || undefined}
          />
        </Suspense>
      </div>
      <ChoiceGroup
        id={`${id}-hazards`}
        legend="Gefahrenarten (Pflichtfeld)"
        type="checkbox"
        choices={HAZARDS}
        selected={hazards}
        onChange={setHazards}
        error={errors.hazards}
      />
      <ChoiceGroup
        id={`${id}-phase`}
        legend="Phase (Pflichtfeld)"
        type="radio"
        choices={PHASES}
        selected={phase}
        onChange={setPhase}
        error={errors.phase}
      />
      <div className="form__actions">
        <button type="submit">{result.fetching ? 'Wird angelegt …' : 'Entwurf anlegen'}</button>
        <button type="button" className="link-button" onClick={props.onCancel}>
          Abbrechen
        </button>
      </div>
    </form>
  );
}
