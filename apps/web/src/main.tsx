import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { Provider } from 'urql';
import { createApiClient } from './api/client';
import { useSession } from './api/useSession';
import { router } from './router';
import './styles.css';

/**
 * One query cache per person: after signing out, or in as someone else, nothing the previous person was shown
 * (their hidden posts, their account) comes from the cache; every page asks again.
 */
function App() {
  const userId = useSession()?.userId ?? null;
  const [api, setApi] = useState(() => ({ userId, client: createApiClient() }));
  if (api.userId !== userId) setApi({ userId, client: createApiClient() });
  return (
    <Provider value={api.client}>
      <RouterProvider router={router} />
    </Provider>
  );
}

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
