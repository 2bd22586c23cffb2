// Sign-in with the staff `login` mutation. The API's message is shown in place (e.g. a wrong
// password); after signing in the user lands where they were going (a deep link) or on the rules.
import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { setSession, useSession, useSessionEnd } from '../lib/session';
import { errorMessage } from './states';

const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      staff {
        id
        email
        role
      }
    }
  }
`);

/** Where to go after signing in: a same-origin path the shell remembered, never another site. */
export function redirectTarget(state: unknown): string {
  const from =
    typeof state === 'object' && state !== null && 'from' in state && typeof state.from === 'string'
      ? state.from
      : null;
  if (!from || !from.startsWith('/') || from.startsWith('//') || from.startsWith('/login')) return '/rules';
  return from;
}

export function LoginPage() {
  const session = useSession();
  const ended = useSessionEnd();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [result, login] = useMutation(LoginMutation);
  if (session) return <Navigate to={redirectTarget(location.state)} replace />;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const r = await login({ email: email.trim(), password });
    if (r.data) setSession({ token: r.data.login.token, staff: r.data.login.staff });
  }

  return (
    <Center mih="100vh" bg="gray.0" component="main">
      <Paper
        component="form"
        onSubmit={(e: FormEvent) => void submit(e)}
        withBorder
        shadow="sm"
        p="xl"
        w={380}
        radius="md"
        aria-labelledby="login-title"
      >
        <Stack>
          <div>
            <Title order={1} size="h2" id="login-title">
              Couponflow
            </Title>
            <Text size="sm" c="dimmed">
              Sign in to the growth console
            </Text>
          </div>
          {result.error ? (
            <Alert color="red" role="alert" title="Could not sign in">
              {errorMessage(result.error)}
            </Alert>
          ) : ended === 'expired' ? (
            <Alert color="yellow" role="status" title="Your session has ended">
              It expired or was revoked. Sign in again to continue.
            </Alert>
          ) : ended === 'signed-out' ? (
            <Alert color="gray" role="status">
              You have signed out.
            </Alert>
          ) : null}
          <TextInput
            label="E-mail"
            type="email"
            autoComplete="username"
            required
            autoFocus
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          <Button type="submit" loading={result.fetching}>
            Sign in
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
