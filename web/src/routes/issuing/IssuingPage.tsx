// /issuing and /issuing/:jobId: issue a template by hand to an audience or to pasted user ids, with an
// optional random holdout; the chosen job live (progress, pause / resume / cancel) and its experiment;
// the job history, newest first, page by page. Analysts see the history and the results only.
import {
  Anchor,
  Button,
  Grid,
  Group,
  NumberInput,
  Paper,
  SegmentedControl,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Empty, ErrorNotice, Loading } from '../../app/states';
import { fieldErrorsOf } from '../../lib/fieldErrors';
import { count, dateTime } from '../../lib/format';
import { canWrite, useSession } from '../../lib/session';
import { JobExperimentPanel } from './JobExperimentPanel';
import { JobBar, JobProgress, JobStatusBadge } from './JobProgress';
import {
  IssueAudiencesQuery,
  IssueTemplatesQuery,
  JobQuery,
  JobsQuery,
  StartToAudienceMutation,
  StartToUsersMutation,
} from './issuing.graphql';

const PAGE = 20;

export function IssuingPage() {
  const { jobId } = useParams();
  const writer = canWrite(useSession());
  const navigate = useNavigate();
  const [experimentOf, setExperimentOf] = useState<string | null>(null);
  // Bumped when the watched job stops: the history asks the server again at once.
  const [settled, setSettled] = useState(0);
  const open = (id: string) => void navigate(`/issuing/${encodeURIComponent(id)}`);
  return (
    <Stack p="lg" gap="lg" maw={1400}>
      <div>
        <Title order={1} size="h2">
          Issuing by hand
        </Title>
        <Text c="dimmed" size="sm">
          Issue a coupon to a group now, optionally keeping a random holdout that gets nothing, so the result
          can be measured.
        </Text>
      </div>
      <Grid gap="lg">
        {writer ? (
          <Grid.Col span={{ base: 12, md: 5 }}>
            <NewIssueForm onStarted={open} />
          </Grid.Col>
        ) : null}
        <Grid.Col span={{ base: 12, md: writer ? 7 : 12 }}>
          <Stack gap="md">
            {jobId ? (
              <SelectedJob
                id={jobId}
                writer={writer}
                onExperiment={setExperimentOf}
                onSettled={() => setSettled((n) => n + 1)}
              />
            ) : (
              <Paper withBorder p="md" radius="sm">
                <Text size="sm" c="dimmed">
                  {writer
                    ? 'Start an issue, or pick a job from the history below.'
                    : 'Pick a job from the history below.'}
                </Text>
              </Paper>
            )}
            {jobId && experimentOf === jobId ? <JobExperimentPanel jobId={jobId} /> : null}
          </Stack>
        </Grid.Col>
      </Grid>
      <JobHistory selected={jobId ?? null} settled={settled} />
    </Stack>
  );
}

function SelectedJob({
  id,
  writer,
  onExperiment,
  onSettled,
}: {
  id: string;
  writer: boolean;
  onExperiment: (id: string) => void;
  onSettled: () => void;
}) {
  const [{ data, error }] = useQuery({ query: JobQuery, variables: { id } });
  if (error && !data) return <ErrorNotice error={error} title="The job could not be loaded" />;
  if (!data) return <Loading label="Loading the job…" />;
  return (
    <JobProgress
      key={id}
      job={data.bulkIssueJob}
      writer={writer}
      onExperiment={onExperiment}
      onSettled={onSettled}
    />
  );
}

/** User ids pasted one per line, or separated by commas or spaces. */
export const parseUserIds = (text: string): string[] => [...new Set(text.split(/[\s,;]+/).filter(Boolean))];

function NewIssueForm({ onStarted }: { onStarted: (jobId: string) => void }) {
  const [templateSearch, setTemplateSearch] = useState('');
  const [debounced] = useDebouncedValue(templateSearch, 250);
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [target, setTarget] = useState<'audience' | 'users'>('audience');
  const [audienceId, setAudienceId] = useState<string | null>(null);
  const [userText, setUserText] = useState('');
  const [holdout, setHoldout] = useState<number | string>('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const [{ data: templates }] = useQuery({
    query: IssueTemplatesQuery,
    variables: { search: debounced || null },
  });
  const [{ data: audiences }] = useQuery({ query: IssueAudiencesQuery });
  const [toUsers, startToUsers] = useMutation(StartToUsersMutation);
  const [toAudience, startToAudience] = useMutation(StartToAudienceMutation);
  const [chosenTemplate, setChosenTemplate] = useState<{ value: string; label: string } | null>(null);
  const error = target === 'users' ? toUsers.error : toAudience.error;
  const server = fieldErrorsOf(error, {
    'input.templateId': 'template',
    templateId: 'template',
    audienceId: 'audience',
    'input.userIds': 'users',
    'input.holdoutPercent': 'holdout',
    holdoutPercent: 'holdout',
  });
  const errors = { ...server.byField, ...local };
  const templateOptions = useMemo(() => {
    const list = (templates?.templates.nodes ?? []).map((t) => ({
      value: t.id,
      label: `${t.name} · ${t.kind.toLowerCase().replace(/_/g, ' ')}${t.status === 'ACTIVE' ? '' : ` (${t.status.toLowerCase()})`}`,
    }));
    return chosenTemplate && !list.some((o) => o.value === chosenTemplate.value)
      ? [chosenTemplate, ...list]
      : list;
  }, [templates, chosenTemplate]);
  const userIds = useMemo(() => parseUserIds(userText), [userText]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems: Record<string, string> = {};
    if (!templateId) problems.template = 'Pick a template';
    if (target === 'audience' && !audienceId) problems.audience = 'Pick an audience';
    if (target === 'users' && userIds.length === 0) problems.users = 'Paste at least one user id';
    if (target === 'users' && userIds.length > 100_000) problems.users = 'At most 100 000 user ids per job';
    const h = holdout === '' ? null : Number(holdout);
    if (h !== null && !(h > 0 && h < 100)) problems.holdout = 'A holdout is more than 0 and less than 100 %';
    setLocal(problems);
    if (Object.keys(problems).length > 0 || !templateId) return;
    const r =
      target === 'audience'
        ? await startToAudience({ templateId, audienceId: audienceId!, holdoutPercent: h })
        : await startToUsers({ input: { templateId, userIds, holdoutPercent: h } });
    const job = r.data && ('issueToAudience' in r.data ? r.data.issueToAudience : r.data.startBulkIssue);
    if (job) onStarted(job.id);
  };

  return (
    <Paper withBorder p="md" radius="sm">
      <form aria-label="New issue" noValidate onSubmit={(e) => void submit(e)}>
        <Stack gap="sm">
          <Title order={2} size="h4">
            New issue
          </Title>
          <Select
            label="Coupon template"
            placeholder="Search templates by name"
            required
            searchable
            searchValue={templateSearch}
            onSearchChange={setTemplateSearch}
            data={templateOptions}
            value={templateId}
            onChange={(v, option) => {
              setTemplateId(v);
              setChosenTemplate(v ? option : null);
            }}
            nothingFoundMessage="No template matches"
            error={errors.template}
          />
          <div>
            <Text size="sm" fw={500} mb={4} id="issue-target-label">
              Issue to
            </Text>
            <SegmentedControl
              aria-labelledby="issue-target-label"
              value={target}
              onChange={(v) => setTarget(v === 'users' ? 'users' : 'audience')}
              data={[
                { value: 'audience', label: 'An audience' },
                { value: 'users', label: 'Pasted user ids' },
              ]}
            />
          </div>
          {target === 'audience' ? (
            <Select
              label="Audience"
              placeholder="Pick an audience"
              required
              searchable
              data={(audiences?.audiences ?? []).map((a) => ({
                value: a.id,
                label:
                  a.kind === 'STATIC'
                    ? `${a.name} (${count.format(a.size)} users)`
                    : `${a.name} (conditions)`,
              }))}
              value={audienceId}
              onChange={setAudienceId}
              nothingFoundMessage="No audience matches"
              error={errors.audience}
            />
          ) : (
            <Textarea
              label="User ids"
              description={`One per line, or separated by commas or spaces · ${count.format(userIds.length)} distinct`}
              required
              autosize
              minRows={4}
              maxRows={10}
              value={userText}
              onChange={(e) => setUserText(e.currentTarget.value)}
              error={errors.users}
            />
          )}
          <NumberInput
            label="Holdout (%)"
            description="Optional: a random share of the users that gets nothing, to measure the coupon against."
            placeholder="e.g. 10"
            min={0}
            max={99.99}
            clampBehavior="none"
            decimalScale={2}
            value={holdout}
            onChange={setHoldout}
            error={errors.holdout}
            w={340}
          />
          {server.other.length ? (
            <Text size="sm" c="red" role="alert">
              {server.other.join('; ')}
            </Text>
          ) : null}
          <Group>
            <Button type="submit" loading={toUsers.fetching || toAudience.fetching}>
              Start issuing
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function JobHistory({ selected, settled }: { selected: string | null; settled: number }) {
  const [pages, setPages] = useState<(string | null)[]>([null]);
  const before = pages[pages.length - 1] ?? null;
  const context = useMemo(() => ({ additionalTypenames: ['BulkIssueJob'] }), []);
  const [{ data, error }, refetch] = useQuery({
    query: JobsQuery,
    variables: { first: PAGE, before },
    context,
  });
  const jobs = data?.bulkIssueJobs;
  // While a listed job runs (or the selected one is new to the list), the page is asked again.
  const live =
    !!jobs &&
    (jobs.some((j) => j.status === 'RUNNING') ||
      (!!selected && !jobs.some((j) => j.id === selected) && pages.length === 1));
  useEffect(() => {
    if (!live) return;
    const timer = setInterval(() => refetch({ requestPolicy: 'network-only' }), 1_500);
    return () => clearInterval(timer);
  }, [live, refetch]);
  // The watched job stopped: its final figures show now, not at the next tick.
  useEffect(() => {
    if (settled > 0) refetch({ requestPolicy: 'network-only' });
  }, [settled, refetch]);
  return (
    <Stack gap="sm" component="section" aria-label="Job history">
      <Title order={2} size="h4">
        History
      </Title>
      {error && !jobs ? <ErrorNotice error={error} title="The history could not be loaded" /> : null}
      {!jobs && !error ? <Loading label="Loading jobs…" /> : null}
      {jobs && jobs.length === 0 ? (
        <Empty title="No jobs yet">Issues started here are listed with their results.</Empty>
      ) : null}
      {jobs && jobs.length > 0 ? (
        <Table.ScrollContainer minWidth={760}>
          <Table highlightOnHover verticalSpacing="xs" aria-label="Jobs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Job</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th w={220}>Progress</Table.Th>
                <Table.Th ta="right">Users</Table.Th>
                <Table.Th ta="right">Issued</Table.Th>
                <Table.Th ta="right">Held out</Table.Th>
                <Table.Th ta="right">Skipped</Table.Th>
                <Table.Th ta="right">Failed</Table.Th>
                <Table.Th>Started</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {jobs.map((j) => (
                <Table.Tr key={j.id} bg={j.id === selected ? 'blue.0' : undefined}>
                  <Table.Td>
                    <Anchor component={Link} to={`/issuing/${encodeURIComponent(j.id)}`} size="sm">
                      <code>{j.id.slice(0, 16)}…</code>
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <JobStatusBadge status={j.status} />
                  </Table.Td>
                  <Table.Td>
                    <JobBar job={j} />
                  </Table.Td>
                  <Table.Td ta="right">{count.format(j.total)}</Table.Td>
                  <Table.Td ta="right">{count.format(j.issued)}</Table.Td>
                  <Table.Td ta="right">
                    {j.holdoutPercent == null ? '–' : `${count.format(j.heldOut)} (${j.holdoutPercent} %)`}
                  </Table.Td>
                  <Table.Td ta="right">{count.format(j.skipped)}</Table.Td>
                  <Table.Td ta="right">{count.format(j.failed)}</Table.Td>
                  <Table.Td>
                    <Text size="xs">{dateTime(String(j.createdAt))}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      <Group gap="xs">
        <Button
          size="xs"
          variant="default"
          disabled={pages.length <= 1}
          onClick={() => setPages((p) => p.slice(0, -1))}
        >
          Newer
        </Button>
        <Button
          size="xs"
          variant="default"
          disabled={!jobs || jobs.length < PAGE}
          onClick={() => jobs && setPages((p) => [...p, jobs[jobs.length - 1]!.id])}
        >
          Older
        </Button>
        <Text size="xs" c="dimmed">
          Page {pages.length}
        </Text>
      </Group>
    </Stack>
  );
}
