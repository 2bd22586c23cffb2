import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { StrictMode, useMemo } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider, createBrowserRouter } from 'react-router';
import { Provider as UrqlProvider } from 'urql';
import { routes } from './app/routes';
import { theme } from './app/theme';
import { createConsoleClient } from './lib/client';
import { useSession } from './lib/session';

const router = createBrowserRouter(routes);

function Root() {
  const session = useSession();
  // A new client per session: nothing cached for one staff member is shown to the next.
  const token = session?.token;
  const client = useMemo(createConsoleClient, [token]);
  return (
    <UrqlProvider value={client}>
      <RouterProvider router={router} />
    </UrqlProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme}>
      <ModalsProvider>
        <Notifications position="top-right" />
        <Root />
      </ModalsProvider>
    </MantineProvider>
  </StrictMode>,
);
