import type { LessonDraft } from './lessonDraft';

/**
 * A copy of the form in this browser, written as the author types: what was not yet saved to the server survives a
 * closed tab, a crash or a lost connection. One per person and lesson (`neu` before the server has it).
 */
export interface LocalCopy {
  draft: LessonDraft;
  savedAt: string;
}

function localKey(userId: string, lessonId: string | null): string {
  return `krisenfest.lesson-draft.${userId}.${lessonId ?? 'neu'}`;
}

export function readLocalCopy(userId: string, lessonId: string | null): LocalCopy | null {
  try {
    const raw = localStorage.getItem(localKey(userId, lessonId));
    return raw ? (JSON.parse(raw) as LocalCopy) : null;
  } catch {
    return null;
  }
}

export function writeLocalCopy(userId: string, lessonId: string | null, draft: LessonDraft): void {
  try {
    localStorage.setItem(localKey(userId, lessonId), JSON.stringify({ draft, savedAt: new Date().toISOString() }));
  } catch {
    // A full or disabled storage loses only the extra copy; the server keeps the draft.
  }
}

export function dropLocalCopy(userId: string, lessonId: string | null): void {
  try {
    localStorage.removeItem(localKey(userId, lessonId));
  } catch {
    // as above
  }
}
