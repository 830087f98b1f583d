import { useEffect, useState } from 'react';
import { currentSession, onSessionChange, StoredSession } from './session';

/** The signed-in person (null when signed out), updated when they sign in or out, also in another tab. */
export function useSession(): StoredSession | null {
  const [session, setSession] = useState(currentSession);
  useEffect(() => {
    const off = onSessionChange(setSession);
    const otherTab = (event: StorageEvent) => {
      if (event.key === 'krisenfest.session') setSession(currentSession());
    };
    window.addEventListener('storage', otherTab);
    return () => {
      off();
      window.removeEventListener('storage', otherTab);
    };
  }, []);
  return session;
}
