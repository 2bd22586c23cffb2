// /templates/new (?campaign=<id> preselects the campaign): the template form; a saved template opens
// its own page. Readers are told they cannot create one.
import { Anchor, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useClient, useQuery } from 'urql';
import { Empty, ErrorNotice, Loading } from '../../app/states';
import { canWrite, useSession } from '../../lib/session';
import { emptyDraft } from './draft';
import { TemplateForm } from './TemplateForm';
import { CreateTemplateMutation, TemplateFormOptionsQuery } from './templates.graphql';

export function TemplateNewPage() {
  const writer = canWrite(useSession());
  const navigate = useNavigate();
  const client = useClient();
  const [params] = useSearchParams();
  const campaignId = params.get('campaign');
  const initial = useMemo(() => emptyDraft('AMOUNT_OFF', campaignId), [campaignId]);
  const [{ data, error }] = useQuery({ query: TemplateFormOptionsQuery, pause: !writer });

  let body;
  if (!writer) body = <Empty title="Read-only access">Growth staff and admins create templates.</Empty>;
  else if (error && !data) body = <ErrorNotice error={error} title="The form could not be loaded" />;
  else if (!data) body = <Loading label="Loading campaigns and audiences…" />;
  else
    body = (
      <TemplateForm
        initial={initial}
        campaigns={data.campaigns.nodes}
        audiences={data.audiences}
        onCancel={() => void navigate(-1)}
        onSubmit={async (input) => {
          const r = await client.mutation(CreateTemplateMutation, { input });
          if (r.error || !r.data) return r.error ?? null;
          notifications.show({
            color: 'green',
            title: input.activate ? 'Template created and active' : 'Template created as a draft',
            message: `“${r.data.createTemplate.name}” is saved.`,
          });
          void navigate(`/templates/${encodeURIComponent(r.data.createTemplate.id)}`);
          return null;
        }}
      />
    );

  return (
    <Stack p="lg" gap="lg" maw={1400}>
      <div>
        <Anchor component={Link} to="/templates" size="sm">
          ← Coupon templates
        </Anchor>
        <Title order={1} size="h2">
          New coupon template
        </Title>
        <Text c="dimmed" size="sm">
          Only the fields its kind uses are shown. The preview shows the coupon as users will see it.
        </Text>
      </div>
      {body}
    </Stack>
  );
}
