// One audience: its name and description; for a dynamic audience the condition builder with a live
// size estimate and a sample of members; for a static one the CSV upload (progress, rejected rows);
// for both a membership check of one user. Analysts see everything read-only.
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Grid,
  Group,
  Modal,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ErrorNotice, Loading, errorMessage } from '../../app/states';
import { useBlockCatalogue } from '../../editor/model/catalogue.graphql';
import type { AudienceDetailQuery } from '../../gql/graphql';
import { fieldErrorsOf } from '../../lib/fieldErrors';
import { count } from '../../lib/format';
import { canWrite, useSession } from '../../lib/session';
import { ConditionBuilder, audienceBlocks } from './ConditionBuilder';
import { CsvUpload } from './CsvUpload';
import {
  AudiencePreviewQuery,
  AudienceQuery,
  DeleteAudienceMutation,
  IsMemberQuery,
  UpdateAudienceMutation,
} from './audiences.graphql';
import { type CondGroup, fromExpression, toExpression } from './conditionTree';

type Audience = AudienceDetailQuery['audience'];

export function AudienceEditor({ id }: { id: string }) {
  const [{ data, error }] = useQuery({ query: AudienceQuery, variables: { id } });
  if (error && !data)
    return (
      <Stack p="lg" maw={720}>
        <ErrorNotice error={error} title="The audience could not be loaded" />
        <Anchor component={Link} to="/audiences">
          Back to audiences
        </Anchor>
      </Stack>
    );
  if (!data) return <Loading label="Loading the audience…" />;
  return <Editor key={data.audience.id} audience={data.audience} />;
}

function Editor({ audience }: { audience: Audience }) {
  const writer = canWrite(useSession());
  const navigate = useNavigate();
  const [name, setName] = useState(audience.name);
  const [description, setDescription] = useState(audience.description ?? '');
  const [tree, setTree] = useState<CondGroup>(() => fromExpression(audience.expression));
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [{ fetching: saving, error: saveError, data: saved }, update] = useMutation(UpdateAudienceMutation);
  const [{ fetching: deleting, error: deleteError }, remove] = useMutation(DeleteAudienceMutation);
  const errors = fieldErrorsOf(saveError, {
    name: 'name',
    'input.name': 'name',
    expression: 'expression',
    'input.expression': 'expression',
  });
  const dynamic = audience.kind === 'DYNAMIC';
  const expression = useMemo(() => toExpression(tree), [tree]);
  const [dirty, setDirty] = useState(false);
  // Bumped after each uploaded chunk: the member count and sample are asked again.
  const [uploads, setUploads] = useState(0);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const r = await update({
      id: audience.id,
      input: { name: name.trim(), description: description.trim() || null, ...(dynamic && { expression }) },
    });
    if (r.data) setDirty(false);
  };

  return (
    <Stack p="lg" gap="lg" maw={1400}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Anchor component={Link} to="/audiences" size="sm">
            ← Audiences
          </Anchor>
          <Group gap="sm" align="center">
            <Title order={1} size="h2">
              {audience.name}
            </Title>
            <Badge variant="light" color={dynamic ? 'blue' : 'grape'}>
              {dynamic ? 'Conditions' : 'Uploaded list'}
            </Badge>
          </Group>
        </div>
        {writer ? (
          <Button color="red" variant="light" onClick={() => setConfirmDelete(true)}>
            Delete
          </Button>
        ) : null}
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <form aria-label="Audience settings" noValidate onSubmit={(e: FormEvent) => void save(e)}>
            <Stack gap="md">
              <Group grow align="flex-start">
                <TextInput
                  label="Name"
                  required
                  readOnly={!writer}
                  value={name}
                  onChange={(e) => {
                    setName(e.currentTarget.value);
                    setDirty(true);
                  }}
                  error={errors.byField.name}
                />
                <TextInput
                  label="Description"
                  readOnly={!writer}
                  value={description}
                  onChange={(e) => {
                    setDescription(e.currentTarget.value);
                    setDirty(true);
                  }}
                />
              </Group>
              {dynamic ? (
                <DynamicConditions
                  tree={tree}
                  onChange={(t) => {
                    setTree(t);
                    setDirty(true);
                  }}
                  readOnly={!writer}
                  error={errors.byField.expression}
                />
              ) : (
                <CsvUpload
                  audienceId={audience.id}
                  size={audience.size}
                  writer={writer}
                  onUploaded={() => setUploads((n) => n + 1)}
                />
              )}
              {errors.other.length ? (
                <Alert color="red" role="alert" title="Not saved">
                  {errors.other.join('; ')}
                </Alert>
              ) : null}
              {writer ? (
                <Group>
                  <Button type="submit" loading={saving} disabled={!dirty || !name.trim()}>
                    Save
                  </Button>
                  <Text size="sm" c="dimmed" aria-live="polite">
                    {dirty ? 'Unsaved changes' : saved ? 'Saved' : ''}
                  </Text>
                </Group>
              ) : null}
            </Stack>
          </form>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            <Estimate audienceId={audience.id} expression={dynamic ? expression : null} version={uploads} />
            <MembershipCheck audienceId={audience.id} />
          </Stack>
        </Grid.Col>
      </Grid>
      <Modal opened={confirmDelete} onClose={() => setConfirmDelete(false)} title="Delete this audience?">
        <Stack>
          <Text size="sm">
            “{audience.name}” will be deleted. Templates and rules that use it no longer find its members.
          </Text>
          {deleteError ? (
            <Text c="red" size="sm" role="alert">
              {errorMessage(deleteError)}
            </Text>
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmDelete(false)}>
              Keep it
            </Button>
            <Button
              color="red"
              loading={deleting}
              onClick={async () => {
                const r = await remove({ id: audience.id });
                if (r.data?.deleteAudience) void navigate('/audiences');
              }}
            >
              Delete
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function DynamicConditions({
  tree,
  onChange,
  readOnly,
  error,
}: {
  tree: CondGroup;
  onChange: (t: CondGroup) => void;
  readOnly: boolean;
  error: string | undefined;
}) {
  const { catalogue, error: catalogueError } = useBlockCatalogue();
  const blocks = useMemo(() => (catalogue ? audienceBlocks(catalogue.entries) : []), [catalogue]);
  if (catalogueError)
    return <ErrorNotice error={catalogueError} title="The condition blocks could not be loaded" />;
  if (!catalogue) return <Loading label="Loading the condition blocks…" />;
  return (
    <div>
      <Text size="sm" fw={500} mb={4}>
        Members are the users who match
      </Text>
      <ConditionBuilder value={tree} onChange={onChange} blocks={blocks} readOnly={readOnly} error={error} />
    </div>
  );
}

/** The live size and a sample: of the expression being edited (dynamic) or of the saved list (static). */
function Estimate({
  audienceId,
  expression,
  version,
}: {
  audienceId: string;
  expression: unknown;
  version: number;
}) {
  const key = JSON.stringify(expression);
  const [debounced] = useDebouncedValue(key, 400);
  const variables = useMemo(
    () =>
      debounced === 'null'
        ? { audienceId, expression: null, sample: 10 }
        : { audienceId: null, expression: JSON.parse(debounced) as unknown, sample: 10 },
    [audienceId, debounced],
  );
  const context = useMemo(() => ({ additionalTypenames: ['Audience', 'AudienceUploadResult'] }), []);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: AudiencePreviewQuery,
    variables,
    context,
    requestPolicy: 'cache-and-network',
  });
  useEffect(() => {
    if (version > 0) refetch({ requestPolicy: 'network-only' });
  }, [version, refetch]);
  const stale = fetching || debounced !== key;
  return (
    <Paper withBorder p="md" radius="sm" aria-label="Size estimate" component="section">
      <Text size="sm" fw={600}>
        {expression === null ? 'Members' : 'Estimated size'}
      </Text>
      {error ? (
        expression !== null ? (
          <Text size="sm" c="dimmed" role="status">
            Complete the conditions to see the size ({errorMessage(error).replace(/^expression: /, '')}).
          </Text>
        ) : (
          <Text size="sm" c="red" role="alert">
            {errorMessage(error)}
          </Text>
        )
      ) : !data ? (
        <Text size="sm" c="dimmed">
          Counting…
        </Text>
      ) : (
        <>
          <Text size="xl" fw={700} data-testid="audience-size" style={{ opacity: stale ? 0.5 : 1 }}>
            {count.format(data.audiencePreview.size)} {data.audiencePreview.size === 1 ? 'user' : 'users'}
          </Text>
          <Text size="xs" c="dimmed" mt="xs">
            Sample
          </Text>
          {data.audiencePreview.sample.length === 0 ? (
            <Text size="sm" c="dimmed">
              No members.
            </Text>
          ) : (
            <Text
              size="sm"
              component="ul"
              style={{ margin: 0, paddingLeft: 18 }}
              aria-label="Sample of members"
            >
              {data.audiencePreview.sample.map((u) => (
                <li key={u}>
                  <code>{u}</code>
                </li>
              ))}
            </Text>
          )}
        </>
      )}
    </Paper>
  );
}

function MembershipCheck({ audienceId }: { audienceId: string }) {
  const [userId, setUserId] = useState('');
  const [asked, setAsked] = useState<string | null>(null);
  const [{ data, error, fetching }] = useQuery({
    query: IsMemberQuery,
    variables: { audienceId, userId: asked ?? '' },
    pause: !asked,
    requestPolicy: 'network-only',
  });
  const errors = fieldErrorsOf(error, { userId: 'userId' });
  return (
    <Paper withBorder p="md" radius="sm" component="section" aria-label="Membership check">
      <form
        aria-label="Check a user"
        onSubmit={(e) => {
          e.preventDefault();
          if (userId.trim()) setAsked(userId.trim());
        }}
      >
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            Is this user a member?
          </Text>
          <Group align="flex-start" gap="xs" wrap="nowrap">
            <TextInput
              aria-label="User id"
              placeholder="user id"
              value={userId}
              onChange={(e) => setUserId(e.currentTarget.value)}
              error={errors.byField.userId}
              style={{ flex: 1 }}
            />
            <Button type="submit" variant="default" loading={fetching} disabled={!userId.trim()}>
              Check
            </Button>
          </Group>
          {asked && data ? (
            <Text
              size="sm"
              role="status"
              data-testid="membership-result"
              c={data.isAudienceMember ? 'teal' : 'orange'}
            >
              <code>{asked}</code> {data.isAudienceMember ? 'is a member.' : 'is not a member.'}
            </Text>
          ) : null}
          {errors.other.length ? (
            <Text size="sm" c="red" role="alert">
              {errors.other.join('; ')}
            </Text>
          ) : null}
        </Stack>
      </form>
    </Paper>
  );
}
