// /templates/:id/edit: the template form in edit mode. Only what updateTemplate accepts can change
// (draft.ts EDITABLE); the rest shows locked. Only the fields that changed are sent; the server's
// messages land beside their fields. An ended template cannot change (the server refuses it too).
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import { Empty, ErrorNotice, Loading } from '../../app/states';
import { canWrite, useSession } from '../../lib/session';
import { draftOf, toUpdateInput } from './draft';
import { TemplateForm } from './TemplateForm';
import { TemplateFormOptionsQuery, TemplateQuery, UpdateTemplateMutation } from './templates.graphql';

export function TemplateEditPage() {
  const { id = '' } = useParams();
  const writer = canWrite(useSession());
  const navigate = useNavigate();
  const client = useClient();
  const [{ data, error }] = useQuery({
    query: TemplateQuery,
    variables: { id },
    requestPolicy: 'network-only',
    pause: !writer,
  });
  const [{ data: options, error: optionsError }] = useQuery({
    query: TemplateFormOptionsQuery,
    pause: !writer,
  });
  const t = data?.template;
  const initial = useMemo(() => (t ? draftOf(t) : null), [t]);
  const back = `/templates/${encodeURIComponent(id)}`;
  // The template's own campaign, even when it is no longer offered for new templates.
  const campaigns = useMemo(() => {
    const list = options?.campaigns.nodes ?? [];
    return t?.campaignId && !list.some((c) => c.id === t.campaignId)
      ? [...list, { id: t.campaignId, name: t.campaignId, budget: null, budgetStatus: null }]
      : list;
  }, [options, t]);

  let body;
  if (!writer) body = <Empty title="Read-only access">Growth staff and admins edit templates.</Empty>;
  else if ((error && !t) || (optionsError && !options))
    body = <ErrorNotice error={error ?? optionsError!} title="The template could not be loaded" />;
  else if (!t || !initial || !options) body = <Loading label="Loading the template…" />;
  else if (t.status === 'ENDED')
    body = <Empty title="This template has ended">An ended template cannot change.</Empty>;
  else
    body = (
      <TemplateForm
        mode="edit"
        initial={initial}
        campaigns={campaigns}
        audiences={options.audiences}
        onCancel={() => void navigate(back)}
        onSubmit={async (_input, draft) => {
          const input = toUpdateInput(initial, draft);
          if (Object.keys(input).length > 0) {
            const r = await client.mutation(UpdateTemplateMutation, { id, input });
            if (r.error || !r.data) return r.error ?? null;
            notifications.show({
              color: 'green',
              title: 'Template saved',
              message: `“${r.data.updateTemplate.name}” is updated.`,
            });
          }
          void navigate(back);
          return null;
        }}
      />
    );

  return (
    <Stack p="lg" gap="lg" maw={1400}>
      <div>
        <Anchor component={Link} to={back} size="sm">
          ← {t?.name ?? 'The template'}
        </Anchor>
        <Title order={1} size="h2">
          Edit coupon template
        </Title>
        <Text c="dimmed" size="sm">
          Name, claim window, quota, limits, placements, audiences and refunds can change; a change applies to
          coupons claimed from now on.
        </Text>
      </div>
      {body}
    </Stack>
  );
}
