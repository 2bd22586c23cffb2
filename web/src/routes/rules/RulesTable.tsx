// The rule list's table. A row opens the editor (the name is a link, so it works from the keyboard
// too); writers get duplicate and pause/resume per row.
import { Anchor, Button, Code, Group, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import type { MouseEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import type { RulesQuery } from '../../gql/graphql';
import { count, dateTime, timeAgo } from '../../lib/format';
import { MODE_LABEL, RuleStatusBadge } from './ruleLabels';
import { useRuleActions } from './useRuleActions';

export type RuleRow = RulesQuery['rules'][number];

const nowrap = { whiteSpace: 'nowrap' } as const;

const editorPath = (id: string) => `/rules/${encodeURIComponent(id)}`;

export function RulesTable({ rules, writer }: { rules: readonly RuleRow[]; writer: boolean }) {
  const navigate = useNavigate();
  const actions = useRuleActions();

  const openRow = (e: MouseEvent<HTMLTableRowElement>, id: string) => {
    // Links and buttons inside the row do their own thing.
    if (e.target instanceof Element && e.target.closest('a, button, input, [role="menu"]')) return;
    void navigate(editorPath(id));
  };

  return (
    <Table.ScrollContainer minWidth={860}>
      <Table highlightOnHover verticalSpacing="sm" aria-label="Rules">
        <Table.Thead>
          <Table.Tr>
            <Table.Th miw={200}>Rule</Table.Th>
            <Table.Th w={100} style={nowrap}>
              Status
            </Table.Th>
            <Table.Th style={nowrap}>Mode</Table.Th>
            <Table.Th style={nowrap}>Published</Table.Th>
            <Table.Th style={nowrap}>Trigger</Table.Th>
            <Table.Th style={nowrap}>Last fired</Table.Th>
            <Table.Th ta="right" style={nowrap}>
              <Tooltip
                label="Coupons issued, audience changes and events emitted today (control arms excluded)"
                multiline
                w={260}
              >
                <span tabIndex={0} style={{ textDecoration: 'underline dotted', cursor: 'help' }}>
                  Actions today
                </span>
              </Tooltip>
            </Table.Th>
            {writer ? (
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rules.map((r) => {
            const busy = actions.busy.has(r.id);
            return (
              <Table.Tr
                key={r.id}
                onClick={(e) => openRow(e, r.id)}
                style={{ cursor: 'pointer' }}
                data-rule-id={r.id}
              >
                <Table.Td maw={380}>
                  <Anchor component={Link} to={editorPath(r.id)} fw={600} c="inherit">
                    {r.name}
                  </Anchor>
                  {r.description ? (
                    <Text size="xs" c="dimmed" lineClamp={1} title={r.description}>
                      {r.description}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td style={nowrap}>
                  <RuleStatusBadge status={r.status} />
                </Table.Td>
                <Table.Td style={nowrap}>{MODE_LABEL[r.mode]}</Table.Td>
                <Table.Td style={nowrap}>
                  {r.activeVersion == null ? (
                    <Text size="sm" c="dimmed">
                      Not published
                    </Text>
                  ) : (
                    <Text size="sm">
                      v{r.activeVersion}
                      {r.latestVersion > r.activeVersion ? (
                        <Text span size="xs" c="dimmed">
                          {' '}
                          (latest v{r.latestVersion})
                        </Text>
                      ) : null}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={nowrap}>
                  {r.trigger ? (
                    <Code>{r.trigger}</Code>
                  ) : (
                    <Text size="sm" c="dimmed">
                      None yet
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={nowrap}>
                  {r.lastFiredAt ? (
                    <Tooltip label={dateTime(r.lastFiredAt)} openDelay={300}>
                      <Text size="sm" component="time" dateTime={r.lastFiredAt}>
                        {timeAgo(r.lastFiredAt)}
                      </Text>
                    </Tooltip>
                  ) : (
                    <Text size="sm" c="dimmed">
                      Never
                    </Text>
                  )}
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm" c={r.actionsToday ? undefined : 'dimmed'}>
                    {count.format(r.actionsToday)}
                  </Text>
                </Table.Td>
                {writer ? (
                  <Table.Td>
                    <Group gap={6} justify="flex-end" wrap="nowrap">
                      <Button
                        size="compact-sm"
                        variant="default"
                        aria-label={`Duplicate ${r.name}`}
                        loading={busy}
                        onClick={() => void actions.duplicate(r)}
                      >
                        Duplicate
                      </Button>
                      {r.status === 'ACTIVE' ? (
                        <Button
                          size="compact-sm"
                          variant="light"
                          color="yellow"
                          aria-label={`Pause ${r.name}`}
                          disabled={busy}
                          onClick={() => actions.confirmPause(r)}
                        >
                          Pause
                        </Button>
                      ) : r.status === 'PAUSED' ? (
                        <Button
                          size="compact-sm"
                          variant="light"
                          color="green"
                          aria-label={`Resume ${r.name}`}
                          disabled={busy}
                          onClick={() => actions.confirmResume(r)}
                        >
                          Resume
                        </Button>
                      ) : null}
                    </Group>
                  </Table.Td>
                ) : null}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
