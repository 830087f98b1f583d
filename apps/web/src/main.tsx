import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { Provider } from 'urql';
import { createApiClient } from './api/client';
import { router } from './router';
import './styles.css';

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <Provider value={createApiClient()}>
      <RouterProvider router={router} />
    </Provider>
  </StrictMode>,
);
