// One bulk job live: a stacked progress bar (issued / held out / skipped / failed), the counts with
// skip reasons, pause / resume / cancel (cancel confirmed; writers only), and its experiment once it
// has a holdout.
import {
  Alert,
  Badge,
  Box,
  Button,
  Group,
  Modal,
  Paper,
  Progress,
  Stack,
  Table,
  Text,
  Tooltip,
} from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { errorMessage } from '../../app/states';
import type { BulkJobFieldsFragment, BulkJobStatus } from '../../gql/graphql';
import { count, dateTime } from '../../lib/format';
import { CancelJobMutation, JobQuery, PauseJobMutation, ResumeJobMutation } from './issuing.graphql';

export const STATUS_COLOUR: Record<BulkJobStatus, string> = {
  RUNNING: 'blue',
  PAUSED: 'yellow',
  DONE: 'teal',
  CANCELLED: 'gray',
  FAILED: 'red',
};

export function JobStatusBadge({ status }: { status: BulkJobStatus }) {
  return (
    <Badge variant="light" color={STATUS_COLOUR[status]}>
      {status.toLowerCase()}
    </Badge>
  );
}

const share = (n: number, total: number) => (total > 0 ? (n * 100) / total : 0);

/** The stacked bar of a job's processed targets by outcome, out of its total. */
export function JobBar({ job }: { job: BulkJobFieldsFragment }) {
  const t = job.total;
  return (
    <Progress.Root
      size={22}
      aria-label={`Progress ${job.percent} %`}
      data-testid="job-progress"
      data-percent={job.percent}
    >
      <Tooltip label={`Issued: ${count.format(job.issued)}`}>
        <Progress.Section value={share(job.issued, t)} color="teal" animated={job.status === 'RUNNING'} />
      </Tooltip>
      <Tooltip label={`Held out: ${count.format(job.heldOut)}`}>
        <Progress.Section value={share(job.heldOut, t)} color="gray.6" />
      </Tooltip>
      <Tooltip label={`Skipped: ${count.format(job.skipped)}`}>
        <Progress.Section value={share(job.skipped, t)} color="yellow" />
      </Tooltip>
      <Tooltip label={`Failed: ${count.format(job.failed)}`}>
        <Progress.Section value={share(job.failed, t)} color="red" />
      </Tooltip>
    </Progress.Root>
  );
}

const LEGEND = [
  { label: 'issued', color: 'teal' },
  { label: 'held out', color: 'gray.6' },
  { label: 'skipped', color: 'yellow' },
  { label: 'failed', color: 'red' },
];

function Legend() {
  return (
    <Group gap="md" aria-hidden>
      {LEGEND.map((l) => (
        <Group key={l.label} gap={4}>
          <Box w={10} h={10} bg={l.color} style={{ borderRadius: 2 }} />
          <Text size="xs" c="dimmed">
            {l.label}
          </Text>
        </Group>
      ))}
    </Group>
  );
}

export function JobProgress({
  job: initial,
  writer,
  onExperiment,
  onSettled,
}: {
  job: BulkJobFieldsFragment;
  writer: boolean;
  onExperiment: (jobId: string) => void;
  /** Called once when a job seen running stops (done, paused, cancelled or failed). */
  onSettled?: (jobId: string) => void;
}) {
  const live = initial.status === 'RUNNING';
  const [{ data }, refetch] = useQuery({
    query: JobQuery,
    variables: { id: initial.id },
    requestPolicy: 'cache-and-network',
  });
  const job = data?.bulkIssueJob ?? initial;
  const running = job.status === 'RUNNING';
  useEffect(() => {
    if (!running && !live) return;
    const timer = setInterval(() => refetch({ requestPolicy: 'network-only' }), 700);
    return () => clearInterval(timer);
  }, [running, live, refetch]);
  // A job that stops while watched: the caller refreshes what lists it (the history table).
  const wasRunning = useRef(running);
  useEffect(() => {
    if (wasRunning.current && !running) onSettled?.(job.id);
    wasRunning.current = running;
  }, [running, job.id, onSettled]);
  const [pause, doPause] = useMutation(PauseJobMutation);
  const [resume, doResume] = useMutation(ResumeJobMutation);
  const [cancel, doCancel] = useMutation(CancelJobMutation);
  const [confirmCancel, setConfirmCancel] = useState(false);
  const actionError = pause.error ?? resume.error ?? cancel.error;
  const processed = job.issued + job.heldOut + job.skipped + job.failed;

  return (
    <Paper
      withBorder
      p="md"
      radius="sm"
      component="section"
      aria-label={`Job ${job.id}`}
      data-testid="job-panel"
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Group gap="xs">
            <Text fw={600}>Job</Text>
            <code>{job.id}</code>
            <JobStatusBadge status={job.status} />
            {job.holdoutPercent != null ? (
              <Badge variant="outline" color="gray">
                {job.holdoutPercent} % holdout
              </Badge>
            ) : null}
          </Group>
          {writer ? (
            <Group gap="xs">
              {job.status === 'RUNNING' ? (
                <Button
                  size="xs"
                  variant="default"
                  loading={pause.fetching}
                  onClick={() => void doPause({ id: job.id })}
                >
                  Pause
                </Button>
              ) : null}
              {job.status === 'PAUSED' ? (
                <Button size="xs" loading={resume.fetching} onClick={() => void doResume({ id: job.id })}>
                  Resume
                </Button>
              ) : null}
              {job.status === 'RUNNING' || job.status === 'PAUSED' ? (
                <Button size="xs" color="red" variant="light" onClick={() => setConfirmCancel(true)}>
                  Cancel
                </Button>
              ) : null}
            </Group>
          ) : null}
        </Group>
        <JobBar job={job} />
        <Legend />
        <Text size="sm" aria-live="polite" data-testid="job-counts">
          {job.percent} % · {count.format(job.processed)} of {count.format(job.total)} processed ·{' '}
          <b>{count.format(job.issued)}</b> issued · <b>{count.format(job.heldOut)}</b> held out ·{' '}
          <b>{count.format(job.skipped)}</b> skipped · <b>{count.format(job.failed)}</b> failed
        </Text>
        {job.status === 'DONE' && job.holdoutPercent != null ? (
          <Text size="sm" c="dimmed" data-testid="job-balance">
            issued + held out = {count.format(job.issued + job.heldOut)} of {count.format(job.total)} users
            {processed === job.total ? '' : ` (${count.format(job.total - processed)} not issued)`}
          </Text>
        ) : null}
        {job.refusals.length > 0 ? (
          <Table withTableBorder verticalSpacing={4} maw={420} aria-label="Skipped, by reason">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Skipped because</Table.Th>
                <Table.Th ta="right">Users</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {job.refusals.map((r) => (
                <Table.Tr key={r.reason}>
                  <Table.Td>
                    <code>{r.reason}</code>
                  </Table.Td>
                  <Table.Td ta="right">{count.format(r.count)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
        {job.error ? (
          <Alert color="red" title="The job failed">
            {job.error}
          </Alert>
        ) : null}
        {actionError ? (
          <Text size="sm" c="red" role="alert">
            {errorMessage(actionError)}
          </Text>
        ) : null}
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            Started {dateTime(String(job.createdAt))}
            {job.finishedAt ? ` · finished ${dateTime(String(job.finishedAt))}` : ''}
          </Text>
          {job.holdoutPercent != null ? (
            <Button size="xs" variant="light" onClick={() => onExperiment(job.id)}>
              Experiment result
            </Button>
          ) : null}
        </Group>
      </Stack>
      <Modal opened={confirmCancel} onClose={() => setConfirmCancel(false)} title="Cancel this job?">
        <Stack>
          <Text size="sm">
            Users not processed yet get nothing. Coupons already issued ({count.format(job.issued)}) stay in
            their wallets. A cancelled job cannot be resumed.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmCancel(false)}>
              Keep running
            </Button>
            <Button
              color="red"
              loading={cancel.fetching}
              onClick={async () => {
                await doCancel({ id: job.id });
                setConfirmCancel(false);
              }}
            >
              Cancel the job
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
