import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/notifications.css';
import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider, createBrowserRouter } from 'react-router';
import { Provider as UrqlProvider } from 'urql';
import { routes } from './app/routes';
import { theme } from './app/theme';
import { clientFor } from './lib/client';
import { useSession } from './lib/session';

const router = createBrowserRouter(routes);

function Root() {
  // One client per session token (see clientFor): sign-in, sign-out and an ended session swap it.
  const client = clientFor(useSession()?.token ?? null);
  return (
    <UrqlProvider value={client}>
      <RouterProvider router={router} />
    </UrqlProvider>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <MantineProvider theme={theme}>
      <ModalsProvider>
        <Notifications position="top-right" />
        <Root />
      </ModalsProvider>
    </MantineProvider>
  </StrictMode>,
);
