import type {
  CreateExperienceInput,
  CrisisPhase,
  Hazard,
  RecommendationAddressee,
  RecommendationStatus,
  UpdateExperienceInput,
  Visibility,
} from '../gql/graphql';

/**
 * A lesson as its author edits it: every field as the form holds it, the API's rules checked here first (the server
 * decides), and the inputs the API takes. Kept free of React so it can be tested on its own.
 */

export interface RecommendationDraft {
  /** Stable per row while editing (React key and field id), never sent. */
  key: string;
  text: string;
  addressee: string;
  status: string;
}

export interface LessonDraft {
  title: string;
  summary: string;
  situation: string;
  actions: string;
  outcome: string;
  rootCause: string;
  transferability: string;
  hazards: string[];
  phase: string;
  /** Where it happened. */
  municipalityId: string;
  /** The volunteer group the author writes for; empty: for the municipality. */
  volunteerGroupId: string;
  crisisId: string;
  seminarSessionId: string;
  visibility: string;
  /** One per line. */
  fieldsOfAction: string;
  /** One per line. */
  actors: string;
  recommendations: RecommendationDraft[];
}

/** The server's limits (libs/experiences/src/experience.inputs.ts). */
export const LIMITS = {
  title: [5, 200],
  summary: [10, 300],
  longText: 20000,
  hazards: 5,
  fieldsOfAction: { count: 10, length: [2, 80] },
  actors: { count: 20, length: [2, 120] },
  recommendations: { count: 20, length: [3, 2000] },
} as const;

/** The texts a lesson must have before it is published (the API refuses with CONFLICT otherwise). */
export const REQUIRED_TO_PUBLISH = ['situation', 'actions', 'outcome'] as const;

let rowCounter = 0;
export function newRecommendation(): RecommendationDraft {
  rowCounter += 1;
  return { key: `empfehlung-${Date.now().toString(36)}-${rowCounter}`, text: '', addressee: '', status: 'PROPOSED' };
}

export function emptyDraft(municipalityId = ''): LessonDraft {
  return {
    title: '',
    summary: '',
    situation: '',
    actions: '',
    outcome: '',
    rootCause: '',
    transferability: '',
    hazards: [],
    phase: '',
    municipalityId,
    volunteerGroupId: '',
    crisisId: '',
    seminarSessionId: '',
    visibility: 'PUBLIC',
    fieldsOfAction: '',
    actors: '',
    recommendations: [],
  };
}

/** The non-empty lines of a one-per-line field, trimmed. */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

function length(text: string): number {
  return text.trim().length;
}

/**
 * What is wrong, per field, in German: the rules for saving a draft, and with `publishing` also the texts a
 * published lesson needs. Keys are the API's field names (`recommendations.2.text` for a row).
 */
export function checkDraft(draft: LessonDraft, { publishing }: { publishing: boolean }): Record<string, string> {
  const problems: Record<string, string> = {};
  const [titleMin, titleMax] = LIMITS.title;
  if (length(draft.title) < titleMin) problems.title = `Bitte geben Sie einen Titel mit mindestens ${titleMin} Zeichen an.`;
  else if (length(draft.title) > titleMax) problems.title = `Höchstens ${titleMax} Zeichen.`;
  const [summaryMin, summaryMax] = LIMITS.summary;
  if (length(draft.summary) < summaryMin) problems.summary = `Bitte fassen Sie die Erfahrung in mindestens ${summaryMin} Zeichen zusammen.`;
  else if (length(draft.summary) > summaryMax) problems.summary = `Höchstens ${summaryMax} Zeichen.`;
  if (draft.hazards.length === 0) problems.hazards = 'Bitte wählen Sie mindestens eine Gefahrenart.';
  else if (draft.hazards.length > LIMITS.hazards) problems.hazards = `Höchstens ${LIMITS.hazards} Gefahrenarten.`;
  if (!draft.phase) problems.phase = 'Bitte wählen Sie die Phase.';
  if (!draft.municipalityId) problems.municipalityId = 'Bitte wählen Sie die Kommune, in der es geschah.';
  for (const field of ['situation', 'actions', 'outcome', 'rootCause', 'transferability'] as const) {
    if (draft[field].trim().length > LIMITS.longText) problems[field] = `Höchstens ${LIMITS.longText} Zeichen.`;
  }
  if (publishing) {
    for (const field of REQUIRED_TO_PUBLISH) {
      if (!draft[field].trim()) problems[field] ??= 'Bitte beschreiben Sie das vor dem Veröffentlichen.';
    }
  }
  for (const field of ['fieldsOfAction', 'actors'] as const) {
    const { count, length: bounds } = LIMITS[field];
    const lines = linesOf(draft[field]);
    if (lines.length > count) problems[field] = `Höchstens ${count} Einträge.`;
    else if (lines.some((line) => line.length < bounds[0] || line.length > bounds[1])) {
      problems[field] = `Jeder Eintrag braucht ${bounds[0]} bis ${bounds[1]} Zeichen.`;
    }
  }
  const { count, length: bounds } = LIMITS.recommendations;
  if (draft.recommendations.length > count) problems.recommendations = `Höchstens ${count} Empfehlungen.`;
  draft.recommendations.forEach((r, i) => {
    if (length(r.text) < bounds[0]) problems[`recommendations.${i}.text`] = `Bitte mindestens ${bounds[0]} Zeichen.`;
    else if (length(r.text) > bounds[1]) problems[`recommendations.${i}.text`] = `Höchstens ${bounds[1]} Zeichen.`;
    if (!r.addressee) problems[`recommendations.${i}.addressee`] = 'Bitte wählen Sie, an wen sich die Empfehlung richtet.';
  });
  return problems;
}

/** The content both createExperience and updateExperience take (the form's choices are the API's enum values). */
function content(draft: LessonDraft) {
  return {
    title: draft.title.trim(),
    summary: draft.summary.trim(),
    situation: draft.situation,
    actions: draft.actions,
    outcome: draft.outcome,
    rootCause: draft.rootCause,
    transferability: draft.transferability,
    hazards: draft.hazards as Hazard[],
    phase: draft.phase as CrisisPhase,
    visibility: (draft.visibility || 'PUBLIC') as Visibility,
    fieldsOfAction: linesOf(draft.fieldsOfAction),
    actors: linesOf(draft.actors),
    recommendations: draft.recommendations.map((r) => ({
      text: r.text.trim(),
      addressee: r.addressee as RecommendationAddressee,
      status: (r.status || 'PROPOSED') as RecommendationStatus,
    })),
  };
}

export function toCreateInput(draft: LessonDraft, idempotencyKey: string): CreateExperienceInput {
  return {
    ...content(draft),
    municipalityId: draft.municipalityId,
    ...(draft.volunteerGroupId ? { volunteerGroupId: draft.volunteerGroupId } : {}),
    ...(draft.crisisId ? { crisisId: draft.crisisId } : {}),
    ...(draft.seminarSessionId ? { seminarSessionId: draft.seminarSessionId } : {}),
    idempotencyKey,
  };
}

/** Where it happened and for whom cannot change after creation; crisis and session can be set or cleared (null). */
export function toUpdateInput(id: string, draft: LessonDraft): UpdateExperienceInput {
  return { id, ...content(draft), crisisId: draft.crisisId || null, seminarSessionId: draft.seminarSessionId || null };
}

/** A lesson as the API gives it, in the form. */
export function fromLesson(lesson: {
  title: string;
  summary: string;
  situation: string;
  actions: string;
  outcome: string;
  rootCause?: string | null;
  transferability?: string | null;
  hazards: readonly string[];
  phase: string;
  visibility: string;
  fieldsOfAction: readonly string[];
  actors: readonly string[];
  municipality?: { id: string } | null;
  volunteerGroup?: { id: string } | null;
  crisis?: { id: string } | null;
  seminarSession?: { id: string } | null;
  recommendations: readonly { text: string; addressee: string; status: string }[];
}): LessonDraft {
  return {
    title: lesson.title,
    summary: lesson.summary,
    situation: lesson.situation,
    actions: lesson.actions,
    outcome: lesson.outcome,
    rootCause: lesson.rootCause ?? '',
    transferability: lesson.transferability ?? '',
    hazards: [...lesson.hazards],
    phase: lesson.phase,
    municipalityId: lesson.municipality?.id ?? '',
    volunteerGroupId: lesson.volunteerGroup?.id ?? '',
    crisisId: lesson.crisis?.id ?? '',
    seminarSessionId: lesson.seminarSession?.id ?? '',
    visibility: lesson.visibility,
    fieldsOfAction: lesson.fieldsOfAction.join('\n'),
    actors: lesson.actors.join('\n'),
    recommendations: lesson.recommendations.map((r) => ({
      ...newRecommendation(),
      text: r.text,
      addressee: r.addressee,
      status: r.status,
    })),
  };
}

/** Whether two drafts hold the same content (row keys aside). */
export function sameContent(a: LessonDraft, b: LessonDraft): boolean {
  const strip = (d: LessonDraft) => JSON.stringify({ ...d, recommendations: d.recommendations.map(({ key: _key, ...r }) => r) });
  return strip(a) === strip(b);
}
