// A static audience's members from a CSV file (first column: user id; a header row is skipped): read in
// the browser, sent in chunks (the first replaces the list), with a progress bar and the rejected rows
// by their line in the file. Nothing is sent when the person cancels before starting.
import { Alert, Button, FileInput, Group, Paper, Progress, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useMutation } from 'urql';
import { errorMessage } from '../../app/states';
import { csvChunks } from '../../lib/csvChunks';
import { count } from '../../lib/format';
import { UploadMembersMutation } from './audiences.graphql';

interface Rejected {
  line: number;
  value: string;
}

interface UploadState {
  sent: number;
  total: number;
  rows: number;
  added: number;
  size: number;
  rejected: Rejected[];
  rejectedCount: number;
  done: boolean;
  error?: string;
}

export function CsvUpload({
  audienceId,
  size,
  writer,
  onUploaded,
}: {
  audienceId: string;
  size: number;
  writer: boolean;
  /** After each chunk the server took. */
  onUploaded?: () => void;
}) {
  const [file, setFile] = useState<File | null>(null);
  const [state, setState] = useState<UploadState | null>(null);
  const [, upload] = useMutation(UploadMembersMutation);
  const running = state !== null && !state.done;

  const start = async () => {
    if (!file) return;
    const chunks = csvChunks(await file.text());
    const total = chunks.reduce((n, c) => n + c.fileLines.length, 0);
    let s: UploadState = {
      sent: 0,
      total,
      rows: 0,
      added: 0,
      size: 0,
      rejected: [],
      rejectedCount: 0,
      done: false,
    };
    setState(s);
    for (const [i, chunk] of chunks.entries()) {
      const r = await upload(
        { audienceId, csv: chunk.text, replace: i === 0 },
        { additionalTypenames: ['Audience', 'AudienceUploadResult'] },
      );
      if (!r.data) {
        s = { ...s, done: true, error: errorMessage(r.error) };
        setState(s);
        return;
      }
      const u = r.data.uploadAudienceMembers;
      const rejected = u.invalid.map((x) => ({
        line: chunk.fileLines[x.line - 1] ?? x.line,
        value: x.value,
      }));
      // The server keeps the first 100 invalid rows of a chunk; rows − valid ids is the full count.
      s = {
        ...s,
        sent: s.sent + chunk.fileLines.length,
        rows: s.rows + u.rows,
        added: s.added + u.added,
        size: u.size,
        rejected: [...s.rejected, ...rejected].slice(0, 500),
        rejectedCount: s.rejectedCount + u.invalid.length,
      };
      setState(s);
      onUploaded?.();
    }
    setState({ ...s, done: true });
  };

  const percent = state && state.total > 0 ? Math.floor((state.sent * 100) / state.total) : state ? 100 : 0;
  return (
    <Paper withBorder p="md" radius="sm" component="section" aria-label="Members from a CSV file">
      <Stack gap="sm">
        <Text size="sm">
          <b>{count.format(state?.done && !state.error ? state.size : size)}</b> members, from an uploaded
          list.
          {writer
            ? ' Upload a CSV file whose first column is the user id (a header such as user_id is skipped); it replaces the list.'
            : ''}
        </Text>
        {writer ? (
          <Group align="flex-end" gap="sm">
            <FileInput
              label="CSV file"
              placeholder="Choose a .csv file"
              accept=".csv,text/csv,text/plain"
              value={file}
              onChange={setFile}
              disabled={running}
              clearable
              w={320}
            />
            <Button onClick={() => void start()} disabled={!file || running} loading={running}>
              Upload
            </Button>
          </Group>
        ) : null}
        {state ? (
          <Stack gap={4}>
            <Progress
              value={percent}
              size="lg"
              aria-label="Upload progress"
              color={state.error ? 'red' : state.done ? 'teal' : 'blue'}
              animated={running}
              data-testid="upload-progress"
              data-percent={percent}
            />
            <Text size="sm" aria-live="polite" data-testid="upload-status">
              {percent} % · {count.format(state.sent)} of {count.format(state.total)} lines sent ·{' '}
              {count.format(state.added)} added
              {state.rejectedCount ? ` · ${count.format(state.rejectedCount)} rejected` : ''}
              {state.done && !state.error ? ` · done: ${count.format(state.size)} members` : ''}
            </Text>
          </Stack>
        ) : null}
        {state?.error ? (
          <Alert color="red" role="alert" title="The upload stopped">
            {state.error}
          </Alert>
        ) : null}
        {state && state.rejected.length > 0 ? (
          <div>
            <Text size="sm" fw={600} c="orange.8" id="rejected-rows-title">
              Rejected rows ({count.format(state.rejectedCount)}): not a valid user id
            </Text>
            <Table
              aria-labelledby="rejected-rows-title"
              withTableBorder
              verticalSpacing={4}
              maw={520}
              data-testid="rejected-rows"
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={90}>Line</Table.Th>
                  <Table.Th>Value</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {state.rejected.map((r) => (
                  <Table.Tr key={r.line}>
                    <Table.Td>{r.line}</Table.Td>
                    <Table.Td>
                      <code>{r.value === '' ? '(empty)' : r.value}</code>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        ) : null}
      </Stack>
    </Paper>
  );
}
