import { Alert, Button, Center, Paper, PasswordInput, Stack, TextInput, Title, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { setSession, useSession } from '../lib/session';
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

export function LoginPage() {
  const session = useSession();
  const location = useLocation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [result, login] = useMutation(LoginMutation);
  const from = (location.state as { from?: string } | null)?.from ?? '/rules';
  if (session) return <Navigate to={from} replace />;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const r = await login({ email, password });
    if (r.data) setSession({ token: r.data.login.token, staff: r.data.login.staff });
  }

  return (
    <Center mih="100vh" bg="gray.0">
      <Paper component="form" onSubmit={submit} withBorder shadow="sm" p="xl" w={380} radius="md">
        <Stack>
          <div>
            <Title order={2}>Couponflow</Title>
            <Text size="sm" c="dimmed">
              Sign in to the growth console
            </Text>
          </div>
          {result.error ? (
            <Alert color="red" role="alert">
              {errorMessage(result.error)}
            </Alert>
          ) : null}
          <TextInput
            label="E-mail"
            type="email"
            autoComplete="username"
            required
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
