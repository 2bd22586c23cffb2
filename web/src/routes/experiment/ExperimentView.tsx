// An experiment's result, whatever its arms come from (`source`): the sample-ratio check first, then
// the arms, the lifts with their 95 % intervals, incremental profit and the guarded recommendation
// with its evidence; for a rule, the solidify action (writers only).
import { BarChart } from '@mantine/charts';
import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  NumberInput,
  Paper,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ChartCard } from '../../charts/ChartCard';
import { minorText, numberText } from '../../charts/format';
import { IntervalChart } from '../../charts/IntervalChart';
import { ErrorNotice, Loading, errorMessage } from '../../app/states';
import type { ExperimentMetric, RuleMode } from '../../gql/graphql';
import { dateTime } from '../../lib/format';
import { canWrite, useSession } from '../../lib/session';
import { RuleExperimentQuery, SolidifyRuleMutation } from './experiment.graphql';
import {
  type ArmSource,
  DEFAULT_OPTIONS,
  type ExperimentOptions,
  type ExperimentResult,
  METRIC_LABEL,
  RECOMMENDATION,
  absolutePoints,
  armColumns,
  armRows,
  gateOf,
  intervalColumns,
  isMoneyMetric,
  pointRows,
  relativePoints,
  srmColumns,
  srmRows,
  windowText,
} from './experimentView';

const METRICS: ExperimentMetric[] = ['CONVERSION', 'REVENUE_PER_USER', 'NET_CONTRIBUTION_PER_USER'];

/** The result for a source: one hook per kind of source (a manual job adds its own). */
function useExperiment(source: ArmSource, o: ExperimentOptions) {
  const [result, refetch] = useQuery({
    query: RuleExperimentQuery,
    variables: {
      ruleId: source.ruleId,
      windowSeconds: o.windowSeconds,
      sequential: o.sequential,
      marginRateBp: Math.round(o.marginRatePercent * 100),
      minUsersPerArm: o.minUsersPerArm,
    },
    requestPolicy: 'cache-and-network',
  });
  return { ...result, result: result.data?.experiment ?? null, refetch };
}

export function ExperimentView({
  source,
  mode,
  onSolidified,
}: {
  source: ArmSource;
  /** The rule's mode, when the source is a rule. */
  mode: RuleMode | null;
  onSolidified?: () => void;
}) {
  const [options, setOptions] = useState<ExperimentOptions>(DEFAULT_OPTIONS);
  const [debounced] = useDebouncedValue(options, 400);
  const { result, error, fetching, refetch } = useExperiment(source, debounced);
  return (
    <Stack gap="md">
      <OptionsBar options={options} onChange={setOptions} fetching={fetching && Boolean(result)} />
      {error && !result ? (
        <ErrorNotice error={error} title="The experiment could not be measured" />
      ) : !result ? (
        <Loading label="Measuring the experiment…" />
      ) : (
        <>
          {error ? <ErrorNotice error={error} title="These figures may be out of date" /> : null}
          <Result
            r={result}
            options={debounced}
            source={source}
            mode={mode}
            onSolidified={() => {
              refetch({ requestPolicy: 'network-only' });
              onSolidified?.();
            }}
          />
        </>
      )}
    </Stack>
  );
}

function OptionsBar({
  options,
  onChange,
  fetching,
}: {
  options: ExperimentOptions;
  onChange: (o: ExperimentOptions) => void;
  fetching: boolean;
}) {
  const [unit, setUnit] = useState<'hours' | 'days'>(options.windowSeconds % 86_400 === 0 ? 'days' : 'hours');
  const size = unit === 'days' ? 86_400 : 3_600;
  return (
    <Paper withBorder radius="md" p="sm">
      <Group gap="md" align="flex-end" wrap="wrap">
        <NumberInput
          label="Window"
          description="after exposure"
          value={Math.round(options.windowSeconds / size)}
          min={1}
          max={unit === 'days' ? 365 : 24 * 365}
          allowDecimal={false}
          onChange={(v) =>
            typeof v === 'number' && v >= 1 && onChange({ ...options, windowSeconds: v * size })
          }
          w={170}
        />
        <SegmentedControl
          aria-label="Window unit"
          data={[
            { value: 'hours', label: 'hours' },
            { value: 'days', label: 'days' },
          ]}
          value={unit}
          onChange={(u) => {
            const next = u === 'days' ? 'days' : 'hours';
            setUnit(next);
            if (next === 'days')
              onChange({
                ...options,
                windowSeconds: Math.max(1, Math.round(options.windowSeconds / 86_400)) * 86_400,
              });
          }}
          mb={2}
        />
        <NumberInput
          label="Unknown margin"
          description="% of revenue"
          value={options.marginRatePercent}
          min={0}
          max={100}
          onChange={(v) => typeof v === 'number' && onChange({ ...options, marginRatePercent: v })}
          w={230}
        />
        <NumberInput
          label="Minimum users"
          description="per arm"
          value={options.minUsersPerArm}
          min={1}
          allowDecimal={false}
          onChange={(v) => typeof v === 'number' && v >= 1 && onChange({ ...options, minUsersPerArm: v })}
          w={170}
        />
        <Stack gap={6} pb={4}>
          <Switch
            label="CUPED (pre-exposure adjustment)"
            checked={options.cuped}
            onChange={(e) => onChange({ ...options, cuped: e.currentTarget.checked })}
          />
          <Switch
            label="Always-valid (sequential) intervals"
            checked={options.sequential}
            onChange={(e) => onChange({ ...options, sequential: e.currentTarget.checked })}
          />
        </Stack>
        {fetching ? (
          <Text size="xs" c="dimmed" pb={8}>
            Measuring…
          </Text>
        ) : null}
      </Group>
    </Paper>
  );
}

function Result({
  r,
  options,
  source,
  mode,
  onSolidified,
}: {
  r: ExperimentResult;
  options: ExperimentOptions;
  source: ArmSource;
  mode: RuleMode | null;
  onSolidified: () => void;
}) {
  const writer = canWrite(useSession());
  const gate = gateOf(r, source, writer);
  const arms = useMemo(() => armRows(r.arms), [r.arms]);
  const srm = useMemo(() => srmRows(r), [r]);
  const relative = useMemo(() => relativePoints(r.lifts), [r.lifts]);
  // A broken split greys the lifts out: they are shown, but not to be read as evidence.
  const dimmed = gate.srmFailed ? { opacity: 0.55 } : undefined;
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {numberText(r.exposedUsers)} users exposed, {numberText(r.measuredUsers)} measured (their{' '}
        {windowText(r.windowSeconds)} window has elapsed){r.version != null ? ` · version ${r.version}` : ''}{' '}
        · measured {dateTime(r.measuredAt)}
      </Text>
      {/* The sample-ratio check comes before any lift. */}
      {gate.srmFailed ? (
        <Alert
          color="red"
          title="Sample-ratio mismatch: the split is broken"
          role="alert"
          data-testid="srm-warning"
        >
          The arms received {srm.map((s) => `${s.arm} ${numberText(Number(s.observed))}`).join(', ')} users
          where the split expects{' '}
          {srm.map((s) => `${((Number(s.expectedShare) || 0) * 100).toFixed(0)} %`).join(' / ')} (chi-square{' '}
          {r.srm.chiSquare.toFixed(2)}, p = {r.srm.p.toExponential(2)}). Something assigns or records users
          unevenly, so the lifts below cannot be trusted and no recommendation is made.
        </Alert>
      ) : (
        <Alert color="green" variant="light" title="Sample-ratio check passed" data-testid="srm-ok">
          Exposures match the configured split (chi-square {r.srm.chiSquare.toFixed(2)}, p ={' '}
          {r.srm.p.toFixed(3)}).
        </Alert>
      )}
      <ChartCard title="Arms" columns={armColumns} rows={arms} initialView="table">
        <BarChart
          h={220}
          data={arms}
          dataKey="arm"
          series={[{ name: 'conversion', label: 'Conversion (%)', color: 'blue.6' }]}
          valueFormatter={(v) => `${v.toFixed(2)}%`}
        />
      </ChartCard>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
        <ChartCard title="Sample ratio" columns={srmColumns} rows={srm}>
          <BarChart
            h={220}
            data={srm}
            dataKey="arm"
            withLegend
            series={[
              { name: 'observed', label: 'Exposed', color: gate.srmFailed ? 'red.6' : 'blue.6' },
              { name: 'expected', label: 'Expected', color: 'gray.5' },
            ]}
          />
        </ChartCard>
        <div style={dimmed} aria-label="Relative lifts">
          <ChartCard
            title="Relative lift"
            description="Treatment against control in percent, 95 % intervals (delta method). The line is no effect."
            columns={intervalColumns('%')}
            rows={pointRows(relative)}
          >
            <IntervalChart points={relative} format={(v) => `${numberText(v)}%`} />
          </ChartCard>
        </div>
      </SimpleGrid>
      <Stack gap="md" style={dimmed} aria-label="Lifts">
        <SimpleGrid cols={{ base: 1, lg: 3 }} spacing="md">
          {METRICS.map((m) => {
            const points = absolutePoints(r.lifts, m, options);
            const unit = isMoneyMetric(m) ? 'money' : 'pp';
            return (
              <ChartCard
                key={m}
                title={`Absolute lift: ${METRIC_LABEL[m]}`}
                description={`${isMoneyMetric(m) ? 'Difference per user' : 'Difference in percentage points'}, 95 % interval${options.cuped ? ' (CUPED when available)' : ''}.`}
                columns={intervalColumns(unit)}
                rows={pointRows(points)}
              >
                <IntervalChart
                  points={points}
                  labelWidth={110}
                  format={(v) => (isMoneyMetric(m) ? numberText(v) : `${numberText(v)} pp`)}
                />
              </ChartCard>
            );
          })}
        </SimpleGrid>
        {r.incrementalProfit ? (
          <Paper withBorder radius="md" p="md" aria-label="Incremental profit">
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              Incremental profit ({r.incrementalProfit.arm}, {numberText(r.incrementalProfit.treatedUsers)}{' '}
              treated users)
            </Text>
            <Text fw={700} size="xl">
              {minorText(r.incrementalProfit.estimate)}
            </Text>
            <Text size="sm" c="dimmed">
              95 % interval {minorText(r.incrementalProfit.low)} to {minorText(r.incrementalProfit.high)}
            </Text>
          </Paper>
        ) : null}
      </Stack>
      <Recommendation
        r={r}
        gate={gate}
        source={source}
        mode={mode}
        writer={writer}
        onSolidified={onSolidified}
      />
    </Stack>
  );
}

function Recommendation({
  r,
  gate,
  source,
  mode,
  writer,
  onSolidified,
}: {
  r: ExperimentResult;
  gate: ReturnType<typeof gateOf>;
  source: ArmSource;
  mode: RuleMode | null;
  writer: boolean;
  onSolidified: () => void;
}) {
  const shown = RECOMMENDATION[gate.shown];
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-label="Recommendation">
      <Stack gap="sm">
        <Group gap="sm">
          <Title order={2} size="h4">
            Recommendation
          </Title>
          <Badge size="lg" color={shown.color} data-testid="recommendation">
            {shown.label}
          </Badge>
          {gate.srmFailed ? (
            <Text
              size="sm"
              c="red"
              td="line-through"
              aria-label={`Withheld: ${RECOMMENDATION[r.recommendation].label}`}
            >
              {RECOMMENDATION[r.recommendation].label}
            </Text>
          ) : null}
        </Group>
        <div>
          <Text size="sm" fw={600}>
            Evidence
          </Text>
          <List size="sm" spacing={2}>
            {r.evidence.map((e) => (
              <List.Item key={e}>{e}</List.Item>
            ))}
          </List>
        </div>
        {source.kind === 'rule' && writer ? (
          <Solidify
            ruleId={source.ruleId}
            gate={gate}
            recommended={gate.shown === 'SOLIDIFY'}
            mode={mode}
            onDone={onSolidified}
          />
        ) : null}
      </Stack>
    </Paper>
  );
}

function Solidify({
  ruleId,
  gate,
  recommended,
  mode,
  onDone,
}: {
  ruleId: string;
  gate: ReturnType<typeof gateOf>;
  recommended: boolean;
  mode: RuleMode | null;
  onDone: () => void;
}) {
  const [holdout, setHoldout] = useState<number>(10);
  const [{ fetching }, solidify] = useMutation(SolidifyRuleMutation);
  const confirm = () =>
    modals.openConfirmModal({
      title: 'Solidify this rule?',
      children: (
        <Stack gap="xs">
          <Text size="sm">
            The rule switches to <b>automated</b>: {100 - holdout} % of users get the coupon and {holdout} %
            stay in the control group, so the effect can still be measured. A new version is published; users
            already exposed keep their arm.
          </Text>
          {!recommended ? (
            <Alert color="yellow" variant="light">
              The experiment does not recommend this yet.
            </Alert>
          ) : null}
        </Stack>
      ),
      labels: { confirm: 'Solidify', cancel: 'Cancel' },
      confirmProps: { color: 'green' },
      onConfirm: async () => {
        const res = await solidify({ ruleId, holdoutPercent: holdout });
        if (res.error)
          notifications.show({ color: 'red', title: 'Not solidified', message: errorMessage(res.error) });
        else {
          notifications.show({
            color: 'green',
            title: 'Rule solidified',
            message: `Automated, keeping a ${holdout} % holdout.`,
          });
          onDone();
        }
      },
    });
  return (
    <Group gap="sm" align="flex-end">
      <NumberInput
        label="Holdout to keep (%)"
        value={holdout}
        min={0}
        max={50}
        onChange={(v) => typeof v === 'number' && setHoldout(v)}
        disabled={!gate.canSolidify}
        w={170}
      />
      <Button
        color="green"
        variant={recommended ? 'filled' : 'light'}
        disabled={!gate.canSolidify || holdout < 0 || holdout > 50}
        loading={fetching}
        onClick={confirm}
      >
        {mode === 'AUTOMATED' ? 'Solidify again…' : 'Solidify…'}
      </Button>
      {gate.reason ? (
        <Text size="sm" c="red">
          {gate.reason}
        </Text>
      ) : null}
    </Group>
  );
}
