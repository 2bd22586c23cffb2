import { Title } from '@mantine/core';

export function RulesPage() {
  return <Title order={2}>Rules</Title>;
}
