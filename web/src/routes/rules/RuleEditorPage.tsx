import { Title } from '@mantine/core';
import { useParams } from 'react-router';

export function RuleEditorPage() {
  const { id } = useParams();
  return <Title order={2}>Rule {id}</Title>;
}
