// Simulate: try the draft on one user and one event. The event type is the draft's trigger's; its
// properties form comes from the event type's declared properties (typed inputs), prefilled with values
// that pass the rule's conditions. The server's trace is painted on the canvas (passed / failed / not
// reached, with the value each node saw) and the actions that would fire are listed.
import {
  Accordion,
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  JsonInput,
  NumberInput,
  Paper,
  Select,
  Stack,
  TagsInput,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { getBlock, type RuleGraph } from '@couponflow/schema';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useClient, useQuery, type CombinedError } from 'urql';
import { Empty, ErrorNotice, Loading, errorMessage } from '../../app/states';
import { useEditor, useEditorActions, useEditorStore } from '../model/store';
import { diffGraphs } from './diff';
import {
  type PropertyField,
  type PropertyType,
  isoSeconds,
  parseInput,
  parseJsonText,
  propertyFields,
  suggestFacts,
  toInputText,
  triggerEventType,
} from './facts';
import { type Simulation, readSimulation, seenNote, traceOverlay } from './overlays';
import { EventTypesQuery, SimulateRuleQuery, UserProfileQuery } from './panels.graphql';
import { IssueList, graphIssuesOf, nodeLabel, useOwnOverlay, useTemplates, useVisible } from './shared';

interface Run {
  graph: RuleGraph;
  userId: string;
  simulation: Simulation;
}

export function SimulatePanel({ ruleId: _ruleId }: { ruleId: string }) {
  const graph = useEditor((s) => s.graph);
  const eventType = triggerEventType(graph);
  const [types] = useQuery({ query: EventTypesQuery });

  if (!eventType)
    return (
      <Empty title="Add a trigger first">
        Drag “When an event arrives” onto the canvas and pick its event type: the simulation sends one event
        of that type.
      </Empty>
    );
  if (types.fetching && !types.data) return <Loading label="Loading event types…" />;
  if (types.error) return <ErrorNotice error={types.error} title="Event types could not be loaded" />;
  const declared = types.data?.eventTypes.find((t) => t.name === eventType)?.properties ?? [];
  return <SimulateForm key={eventType} eventType={eventType} declared={declared} />;
}

function SimulateForm({
  eventType,
  declared,
}: {
  eventType: string;
  declared: readonly { name: string; type: PropertyType; required: boolean }[];
}) {
  const store = useEditorStore();
  const graph = useEditor((s) => s.graph);
  const issueCount = useEditor((s) => s.issues.length);
  const client = useClient();
  const root = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const visible = useVisible(root);
  const overlay = useOwnOverlay();

  const suggestions = useMemo(() => suggestFacts(graph), [graph]);
  const fields = useMemo(() => propertyFields(declared, suggestions), [declared, suggestions]);

  const [userId, setUserId] = useState('');
  const [storedFacts, setStoredFacts] = useState(false);
  // Only what the person typed; untouched inputs show the suggested value.
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [attributes, setAttributes] = useState<string | null>(null);
  const [aggregates, setAggregates] = useState<string | null>(null);
  const [audiences, setAudiences] = useState<string[] | null>(null);
  const [firstTime, setFirstTime] = useState<boolean | null>(null);
  const [at, setAt] = useState('');
  const [userError, setUserError] = useState<string | null>(null);

  const [running, setRunning] = useState(false);
  const [runError, setRunError] = useState<CombinedError | null>(null);
  const [run, setRun] = useState<Run | null>(null);
  const [loadingProfile, setLoadingProfile] = useState(false);
  const [profileNote, setProfileNote] = useState<string | null>(null);

  const propertyText = (f: PropertyField) =>
    typed[f.name] ?? toInputText(f.type, suggestions.properties[f.name]);
  const attributesText = attributes ?? (storedFacts ? '{}' : JSON.stringify(suggestions.attributes, null, 2));
  const aggregatesText = aggregates ?? JSON.stringify(suggestions.aggregates, null, 2);
  const audienceList = audiences ?? suggestions.audiences;
  const isFirst = firstTime ?? suggestions.firstTime;

  const propertyErrors: Record<string, string> = {};
  for (const f of fields) {
    const p = parseInput(f.type, propertyText(f));
    if (!p.ok) propertyErrors[f.name] = `Enter ${p.error}`;
    else if (p.value === undefined && f.required) propertyErrors[f.name] = 'Required by the event type';
  }
  const attributesParsed = parseJsonText(attributesText, 'object');
  const aggregatesParsed = parseJsonText(aggregatesText, 'array');

  // The trace belongs to the document it was run on: an edit (a move aside) takes it away.
  const stale = run !== null && run.graph !== graph && diffGraphs(run.graph, graph).changed;
  // The trace is painted while the result is current, the panel shown and not cleared; switching tabs
  // away and back paints it again.
  const [traceOn, setTraceOn] = useState(false);
  const { show, clear } = overlay;
  useEffect(() => {
    if (run && traceOn && !stale && visible)
      show(traceOverlay(run.graph, run.simulation, `Trace of ${run.userId}`));
    else clear();
  }, [run, traceOn, stale, visible, show, clear]);

  // A new result scrolls into view (the form above it is long).
  useEffect(() => {
    if (run) resultRef.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [run]);

  function reset() {
    setTyped({});
    setAttributes(null);
    setAggregates(null);
    setAudiences(null);
    setFirstTime(null);
  }

  async function loadProfile() {
    if (!userId.trim()) {
      setUserError('Enter a user id first');
      return;
    }
    setLoadingProfile(true);
    const r = await client
      .query(UserProfileQuery, { userId: userId.trim() }, { requestPolicy: 'network-only' })
      .toPromise();
    setLoadingProfile(false);
    if (r.error) setProfileNote(errorMessage(r.error));
    else if (!r.data?.userProfile) setProfileNote(`No stored attributes for ${userId.trim()}.`);
    else {
      setAttributes(JSON.stringify(r.data.userProfile.attributes, null, 2));
      setProfileNote(`Loaded the stored attributes of ${userId.trim()}.`);
    }
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const user = userId.trim();
    if (!user) {
      setUserError('Enter the id of the user to simulate');
      return;
    }
    if (Object.keys(propertyErrors).length > 0 || !attributesParsed.ok || !aggregatesParsed.ok) return;
    const properties: Record<string, unknown> = {};
    for (const f of fields) {
      const p = parseInput(f.type, propertyText(f));
      if (p.ok && p.value !== undefined) properties[f.name] = p.value;
    }
    const now = at ? Date.parse(at) : Date.now();
    const facts = {
      userId: user,
      now: isoSeconds(Number.isNaN(now) ? Date.now() : now),
      attributes: attributesParsed.value,
      aggregates: storedFacts ? [] : aggregatesParsed.value,
      audiences: storedFacts ? [] : audienceList,
      firstTime: !storedFacts && isFirst ? [eventType] : [],
      event: { id: `simulated-${Date.now()}`, type: eventType, properties },
    };
    const document = store.getState().graph;
    setRunning(true);
    setRunError(null);
    const r = await client
      .query(SimulateRuleQuery, { graph: document, facts, storedFacts }, { requestPolicy: 'network-only' })
      .toPromise();
    setRunning(false);
    if (r.error || !r.data) {
      setRunError(r.error ?? null);
      setRun(null);
      return;
    }
    const simulation = readSimulation(r.data.simulateRule);
    setRun({ graph: document, userId: user, simulation });
    setTraceOn(true);
  }

  const invalid = graphIssuesOf(runError ?? undefined);
  return (
    <Stack gap="sm" ref={root}>
      <Title order={4}>Simulate</Title>
      <Text size="sm" c="dimmed">
        Send one <b>{eventType}</b> event for a user and see what the draft would do. Nothing is stored or
        issued.
      </Text>
      {issueCount > 0 ? (
        <Alert color="yellow" title="The draft has problems">
          The server only simulates a valid graph: fix the {issueCount} problem{issueCount === 1 ? '' : 's'}{' '}
          listed for the canvas first.
        </Alert>
      ) : null}
      <form onSubmit={submit} aria-label="Simulation input" noValidate>
        <Stack gap="xs">
          <TextInput
            label="User id"
            placeholder="e.g. user-42"
            required
            value={userId}
            error={userError}
            onChange={(e) => {
              setUserId(e.currentTarget.value);
              setUserError(null);
            }}
          />
          <Checkbox
            label="Use the user’s stored facts"
            description="Aggregates, audiences and first events as stored for this user; attributes below override theirs."
            checked={storedFacts}
            onChange={(e) => setStoredFacts(e.currentTarget.checked)}
          />
          <Paper withBorder p="xs">
            <Stack gap={6}>
              <Group justify="space-between" gap="xs">
                <Text size="sm" fw={600}>
                  Event properties
                </Text>
                <Button size="compact-xs" variant="subtle" onClick={reset}>
                  Reset to passing values
                </Button>
              </Group>
              {fields.length === 0 ? (
                <Text size="xs" c="dimmed">
                  {eventType} declares no properties and the rule reads none.
                </Text>
              ) : (
                fields.map((f) => (
                  <PropertyInput
                    key={f.name}
                    field={f}
                    text={propertyText(f)}
                    error={propertyErrors[f.name]}
                    onChange={(text) => setTyped((t) => ({ ...t, [f.name]: text }))}
                  />
                ))
              )}
            </Stack>
          </Paper>
          <Accordion variant="contained" chevronPosition="left">
            <Accordion.Item value="advanced">
              <Accordion.Control>User facts (advanced)</Accordion.Control>
              <Accordion.Panel>
                <Stack gap="xs">
                  <Group gap="xs" align="center">
                    <Button size="compact-xs" variant="light" loading={loadingProfile} onClick={loadProfile}>
                      Load stored attributes
                    </Button>
                    {profileNote ? (
                      <Text size="xs" c="dimmed">
                        {profileNote}
                      </Text>
                    ) : null}
                  </Group>
                  <JsonInput
                    label={storedFacts ? 'Attribute overrides (JSON object)' : 'Attributes (JSON object)'}
                    autosize
                    minRows={2}
                    maxRows={8}
                    value={attributesText}
                    onChange={setAttributes}
                    error={attributesParsed.ok ? null : attributesParsed.error}
                  />
                  {storedFacts ? (
                    <Text size="xs" c="dimmed">
                      Aggregates, audiences and first events come from the stored user.
                    </Text>
                  ) : (
                    <>
                      <JsonInput
                        label="Aggregates (JSON array)"
                        description='e.g. [{"eventType":"order.paid","fn":"count","window":{"days":30},"value":3}]'
                        autosize
                        minRows={2}
                        maxRows={8}
                        value={aggregatesText}
                        onChange={setAggregates}
                        error={aggregatesParsed.ok ? null : aggregatesParsed.error}
                      />
                      <TagsInput
                        label="Audiences the user belongs to"
                        placeholder="Audience id, Enter to add"
                        value={audienceList}
                        onChange={setAudiences}
                      />
                      <Checkbox
                        label={`This is the user’s first ${eventType}`}
                        checked={isFirst}
                        onChange={(e) => setFirstTime(e.currentTarget.checked)}
                      />
                    </>
                  )}
                  <TextInput
                    type="datetime-local"
                    label="Time of the event (your time zone)"
                    description="Empty: now"
                    value={at}
                    onChange={(e) => setAt(e.currentTarget.value)}
                  />
                </Stack>
              </Accordion.Panel>
            </Accordion.Item>
          </Accordion>
          <Group gap="xs">
            <Button type="submit" loading={running}>
              Run simulation
            </Button>
            {run && traceOn && !stale ? (
              <Button variant="default" onClick={() => setTraceOn(false)}>
                Clear trace
              </Button>
            ) : run && !stale ? (
              <Button variant="default" onClick={() => setTraceOn(true)}>
                Show trace
              </Button>
            ) : null}
          </Group>
        </Stack>
      </form>

      {runError ? (
        invalid.length > 0 ? (
          <Alert color="red" title="The draft cannot be simulated" role="alert">
            <IssueList issues={invalid} graph={graph} />
          </Alert>
        ) : (
          <ErrorNotice error={runError} title="The simulation failed" />
        )
      ) : null}
      <div ref={resultRef}>{run ? <SimulationResult run={run} stale={stale} /> : null}</div>
    </Stack>
  );
}

function PropertyInput({
  field,
  text,
  error,
  onChange,
}: {
  field: PropertyField;
  text: string;
  error: string | undefined;
  onChange: (text: string) => void;
}) {
  const label = field.name;
  const description = field.declared
    ? `${field.type.toLowerCase()}`
    : `${field.type.toLowerCase()}, read by the rule`;
  switch (field.type) {
    case 'INTEGER':
    case 'NUMBER':
      return (
        <NumberInput
          size="xs"
          label={label}
          description={description}
          required={field.required}
          allowDecimal={field.type === 'NUMBER'}
          value={text}
          onChange={(v) => onChange(String(v))}
          error={error}
        />
      );
    case 'BOOLEAN':
      return (
        <Select
          size="xs"
          label={label}
          description={description}
          required={field.required}
          data={[
            { value: '', label: 'not sent' },
            { value: 'true', label: 'true' },
            { value: 'false', label: 'false' },
          ]}
          value={text}
          onChange={(v) => onChange(v ?? '')}
          allowDeselect={false}
          error={error}
        />
      );
    case 'ARRAY':
    case 'OBJECT':
      return (
        <JsonInput
          size="xs"
          label={label}
          description={`${description} (JSON)`}
          required={field.required}
          autosize
          minRows={1}
          value={text}
          onChange={onChange}
          error={error}
        />
      );
    case 'STRING':
      return (
        <TextInput
          size="xs"
          label={label}
          description={description}
          required={field.required}
          value={text}
          onChange={(e) => onChange(e.currentTarget.value)}
          error={error}
        />
      );
  }
}

function SimulationResult({ run, stale }: { run: Run; stale: boolean }) {
  const templates = useTemplates();
  const { focusNode } = useEditorActions();
  const { simulation, graph } = run;
  const stoppedAt = simulation.trace.find((t) => !t.passed);
  return (
    <Stack gap="xs" aria-live="polite">
      {stale ? (
        <Alert color="gray" title="The rule changed since this run">
          The trace was taken off the canvas. Run the simulation again to see the new rule’s path.
        </Alert>
      ) : null}
      <Paper withBorder p="sm">
        <Stack gap={6}>
          <Group justify="space-between">
            <Text fw={600}>
              {simulation.actions.length === 0
                ? 'Nothing would fire'
                : `${simulation.actions.length} action${simulation.actions.length === 1 ? '' : 's'} would fire`}
            </Text>
            {simulation.splitArm ? (
              <Badge color={simulation.splitArm.control ? 'gray' : 'grape'} variant="light">
                Arm {simulation.splitArm.id}
                {simulation.splitArm.control ? ' · control' : ''}
              </Badge>
            ) : null}
          </Group>
          {simulation.actions.length === 0 && stoppedAt ? (
            <Text size="sm" c="dimmed">
              Stopped at {nodeLabel(graph, stoppedAt.nodeId)}: {seenNote(stoppedAt)}.
            </Text>
          ) : null}
          {simulation.actions.map((a) => {
            const templateId = typeof a.args.templateId === 'string' ? a.args.templateId : undefined;
            const audienceId = typeof a.args.audienceId === 'string' ? a.args.audienceId : undefined;
            const target = templateId
              ? (templates.get(templateId)?.name ?? templateId)
              : (audienceId ?? (typeof a.args.eventType === 'string' ? a.args.eventType : ''));
            return (
              <Stack key={a.nodeId} gap={2}>
                <UnstyledButton
                  onClick={() => focusNode(a.nodeId)}
                  aria-label={`Show ${nodeLabel(graph, a.nodeId)}`}
                >
                  <Text size="sm">
                    {getBlock(a.type)?.label ?? a.type}
                    {target ? (
                      <Text span fw={600}>
                        {' '}
                        {target}
                      </Text>
                    ) : null}
                  </Text>
                </UnstyledButton>
                {a.control ? (
                  <Badge color="gray" variant="outline" title="Control arm: recorded, not performed">
                    control arm: recorded, not performed
                  </Badge>
                ) : (
                  <Badge color="green" variant="light">
                    would fire
                  </Badge>
                )}
              </Stack>
            );
          })}
        </Stack>
      </Paper>
      <Text size="sm" fw={600}>
        Path through the rule
      </Text>
      <Stack gap={2} role="list" aria-label="Trace">
        {graph.nodes.map((node) => {
          const step = simulation.trace.find((t) => t.nodeId === node.id);
          const status = step ? (step.passed ? 'passed' : 'failed') : 'not reached';
          return (
            <UnstyledButton
              key={node.id}
              role="listitem"
              onClick={() => focusNode(node.id)}
              aria-label={`${nodeLabel(graph, node.id)}: ${status}`}
            >
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <Badge
                  size="xs"
                  w={82}
                  style={{ flexShrink: 0 }}
                  variant={step ? 'filled' : 'outline'}
                  color={step ? (step.passed ? 'green' : 'red') : 'gray'}
                >
                  {status}
                </Badge>
                <Text size="xs">
                  {nodeLabel(graph, node.id)}
                  {step ? <Text span c="dimmed">{` — ${seenNote(step)}`}</Text> : null}
                </Text>
              </Group>
            </UnstyledButton>
          );
        })}
      </Stack>
    </Stack>
  );
}
