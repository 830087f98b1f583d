/**
 * The signed-in person's tokens, kept in this browser (localStorage) so a reload keeps them signed in. The access
 * token is short-lived; the refresh token renews it (refreshSession), and a refresh token that is refused signs out.
 */
export interface StoredSession {
  accessToken: string;
  refreshToken: string;
  userId: string;
  displayName: string;
}

const KEY = 'krisenfest.session';
type Listener = (session: StoredSession | null) => void;
const listeners = new Set<Listener>();

export function currentSession(): StoredSession | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as StoredSession) : null;
  } catch {
    return null;
  }
}

export function storeSession(session: StoredSession | null): void {
  if (session) localStorage.setItem(KEY, JSON.stringify(session));
  else localStorage.removeItem(KEY);
  for (const listener of listeners) listener(session);
}

/** Keeps what login or register answered: this browser is signed in from now on. */
export function rememberSignIn(auth: { accessToken: string; refreshToken: string; user: { id: string; displayName: string } }): void {
  storeSession({
    accessToken: auth.accessToken,
    refreshToken: auth.refreshToken,
    userId: auth.user.id,
    displayName: auth.user.displayName,
  });
}

export function onSessionChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether a JWT expires within `seconds` (its `exp`, read without checking: the API checks). */
export function expiresSoon(token: string, seconds = 30): boolean {
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: number };
    return !payload.exp || payload.exp * 1000 - Date.now() < seconds * 1000;
  } catch {
    return true;
  }
}
