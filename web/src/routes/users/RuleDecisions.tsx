// "Why did this user get this coupon, or not?": every stored firing of a rule for the user, and the
// user's recent events that no rule acted on; either one opens its decision trace on the rule graph.
import { Badge, Button, Stack, Table, Text } from '@mantine/core';
import { parseRuleGraph, type RuleGraph } from '@couponflow/schema';
import { useEffect, useMemo, useState } from 'react';
import { useClient, useQuery } from 'urql';
import { Empty, ErrorNotice, Loading, errorMessage } from '../../app/states';
import { useBlockCatalogue } from '../../editor/model/catalogue.graphql';
import type { Overlay } from '../../editor/model/contract';
import { readSimulation, traceOverlay } from '../../editor/panels/overlays';
import { dateTime } from '../../lib/format';
import { type FiringLike, explainFacts, firingOverlay, firingSummary } from './lookup';
import { ExplainQuery, RuleVersionsQuery } from './users.graphql';
import { TraceCanvas } from './TraceCanvas';

export interface Firing extends FiringLike {
  firedAt: string;
  acted: boolean;
}
export interface TrackedEvent {
  id: string;
  type: string;
  userId: string;
  occurredAt: string;
  properties: unknown;
}
export interface LiveRule {
  id: string;
  name: string;
  trigger?: string | null;
  activeVersion?: number | null;
}

type Selected = { kind: 'firing'; firing: Firing } | { kind: 'explain'; event: TrackedEvent; rule: LiveRule };

function useVersionGraph(ruleId: string, version: number | null | undefined) {
  const [{ data, error }] = useQuery({ query: RuleVersionsQuery, variables: { ruleId } });
  const graph = useMemo((): RuleGraph | undefined => {
    const v = data?.ruleVersions.find((r) => r.version === version);
    if (!v) return undefined;
    const parsed = parseRuleGraph(v.graph);
    return parsed.ok ? parsed.graph : undefined;
  }, [data, version]);
  return { graph, error, loaded: data !== undefined };
}

function TracePanel({
  selected,
  ruleName,
  attributes,
  names,
}: {
  selected: Selected;
  ruleName: string;
  attributes: unknown;
  names: ReadonlyMap<string, string>;
}) {
  const ruleId = selected.kind === 'firing' ? selected.firing.ruleId : selected.rule.id;
  const version = selected.kind === 'firing' ? selected.firing.version : selected.rule.activeVersion;
  const { graph, error, loaded } = useVersionGraph(ruleId, version);
  const { catalogue, error: catalogueError } = useBlockCatalogue();
  const client = useClient();
  const [explained, setExplained] = useState<{ key: string; overlay?: Overlay; error?: string } | null>(null);
  const key = selected.kind === 'explain' ? `${selected.rule.id}:${selected.event.id}` : '';

  const explainEvent = selected.kind === 'explain' ? selected.event : null;
  useEffect(() => {
    if (!explainEvent || !graph) return;
    let live = true;
    const facts = explainFacts(explainEvent, attributes);
    void client
      .query(ExplainQuery, { graph, facts }, { requestPolicy: 'network-only' })
      .toPromise()
      .then((r) => {
        if (!live) return;
        setExplained(
          r.error || !r.data
            ? { key, error: errorMessage(r.error) || 'no answer' }
            : {
                key,
                overlay: traceOverlay(
                  graph,
                  readSimulation(r.data.simulateRule),
                  `Evaluated again now on ${explainEvent.id}`,
                ),
              },
        );
      });
    return () => {
      live = false;
    };
  }, [key, explainEvent, graph, attributes, client]);

  if (error) return <ErrorNotice error={error} title="The rule version could not be loaded" />;
  if (catalogueError)
    return <ErrorNotice error={catalogueError} title="The block catalogue could not be loaded" />;
  if (!loaded || !catalogue) return <Loading label="Loading the rule graph…" />;
  if (!graph) return <Text c="dimmed">Version {version ?? '–'} of this rule is not available.</Text>;
  let overlay: Overlay | undefined;
  let caption: string;
  if (selected.kind === 'firing') {
    overlay = firingOverlay(graph, selected.firing, 'Decision trace');
    caption = `${ruleName} v${selected.firing.version} on event ${selected.firing.eventId} (${dateTime(selected.firing.firedAt)}): ${firingSummary(graph, selected.firing)}`;
  } else {
    if (explained?.key === key && explained.error) return <ErrorNotice error={new Error(explained.error)} />;
    overlay = explained?.key === key ? explained.overlay : undefined;
    caption = `${ruleName} v${version ?? ''} evaluated again on event ${selected.event.id} with the user's stored facts now (the rule took no action then)`;
  }
  if (!overlay) return <Loading label="Evaluating…" />;
  return (
    <Stack gap={6}>
      <Text size="sm" fw={600} data-testid="trace-caption">
        {caption}
      </Text>
      <TraceCanvas
        graph={graph}
        overlay={overlay}
        catalogue={catalogue}
        label={`Decision trace of ${ruleName}`}
        names={names}
      />
    </Stack>
  );
}

export function RuleDecisions({
  firings,
  events,
  rules,
  attributes,
  templateNames,
}: {
  firings: readonly Firing[];
  events: readonly TrackedEvent[];
  rules: readonly LiveRule[];
  attributes: unknown;
  /** Template names by id (the user's coupons), for the action nodes' summaries. */
  templateNames: ReadonlyMap<string, string>;
}) {
  const names = useMemo(() => new Map(rules.map((r) => [r.id, r.name])), [rules]);
  const [selected, setSelected] = useState<Selected | null>(
    firings[0] ? { kind: 'firing', firing: firings[0] } : null,
  );
  // Events no stored firing answers, with the live rules their type triggers: "why not?" candidates.
  const fired = useMemo(() => new Set(firings.map((f) => `${f.ruleId}:${f.eventId}`)), [firings]);
  const unanswered = useMemo(
    () =>
      events.flatMap((event) =>
        rules
          .filter(
            (r) => r.trigger === event.type && r.activeVersion != null && !fired.has(`${r.id}:${event.id}`),
          )
          .map((rule) => ({ event, rule })),
      ),
    [events, rules, fired],
  );
  const ruleName = (id: string) => names.get(id) ?? id;
  const selectedName = selected
    ? ruleName(selected.kind === 'firing' ? selected.firing.ruleId : selected.rule.id)
    : '';

  return (
    <Stack gap="sm">
      {firings.length === 0 ? (
        <Text size="sm" c="dimmed">
          No rule has decided anything for this user yet (firings are kept when a rule reaches an action or a
          split).
        </Text>
      ) : (
        <Table striped highlightOnHover aria-label="Rule firings">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>When</Table.Th>
              <Table.Th>Rule</Table.Th>
              <Table.Th>Event</Table.Th>
              <Table.Th>Decision</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {firings.map((f) => (
              <Table.Tr key={`${f.ruleId}:${f.eventId}`}>
                <Table.Td>{dateTime(f.firedAt)}</Table.Td>
                <Table.Td>
                  {ruleName(f.ruleId)}{' '}
                  <Text span size="xs" c="dimmed">
                    v{f.version}
                  </Text>
                </Table.Td>
                <Table.Td>{f.eventId}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={f.control ? 'gray' : f.acted ? 'green' : 'red'}>
                    {firingSummary(undefined, f)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Button
                    size="compact-xs"
                    variant="light"
                    onClick={() => setSelected({ kind: 'firing', firing: f })}
                  >
                    Show trace
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {unanswered.length > 0 && (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            Recent events no rule acted on
          </Text>
          <Table aria-label="Events without a decision">
            <Table.Tbody>
              {unanswered.map(({ event, rule }) => (
                <Table.Tr key={`${rule.id}:${event.id}`}>
                  <Table.Td>{dateTime(event.occurredAt)}</Table.Td>
                  <Table.Td>
                    {event.type}{' '}
                    <Text span size="xs" c="dimmed">
                      {event.id}
                    </Text>
                  </Table.Td>
                  <Table.Td>{rule.name}</Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-xs"
                      variant="light"
                      onClick={() => setSelected({ kind: 'explain', event, rule })}
                      aria-label={`Why not: ${rule.name} on ${event.id}`}
                    >
                      Why not?
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
      {selected ? (
        <TracePanel
          selected={selected}
          ruleName={selectedName}
          attributes={attributes}
          names={templateNames}
        />
      ) : (
        firings.length === 0 && unanswered.length === 0 && <Empty title="Nothing to trace" />
      )}
    </Stack>
  );
}
