// The editor header's rule actions: mode (EXPERIMENT / AUTOMATED), pause / resume, and Publish with its
// pre-publish report. Every change asks for confirmation and tells the panels that the rule changed
// (the page's status badge follows through the document cache: the mutations return the Rule).
import { Alert, Button, Divider, Group, Menu, Modal, Stack, Text, Textarea } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useCallback, useEffect, useState } from 'react';
import { useClient, useMutation, useQuery, type CombinedError } from 'urql';
import { ErrorNotice, Loading, errorMessage } from '../../app/states';
import type { CheckRuleQuery as CheckData, RuleMode } from '../../gql/graphql';
import { useEditor, useEditorActions, useEditorStore } from '../model/store';
import { formatMoney } from './money';
import {
  CheckRuleQuery,
  PauseMutation,
  PublishRuleMutation,
  ResumeMutation,
  RuleHeaderQuery,
  SaveDraftMutation,
  SetModeMutation,
} from './panels.graphql';
import { IssueList, type PanelIssue, graphIssuesOf, ruleChanged, useRefetchOnRuleChange } from './shared';

const MODES: Record<RuleMode, { label: string; hint: string }> = {
  AUTOMATED: {
    label: 'Automated',
    hint: 'Solidified: every matching user gets the action (a small holdout may stay).',
  },
  EXPERIMENT: { label: 'Experiment', hint: 'A split with a control group measures what the coupon changes.' },
};

export function HeaderActions({ ruleId }: { ruleId: string }) {
  const [{ data, error }, refetch] = useQuery({ query: RuleHeaderQuery, variables: { id: ruleId } });
  useRefetchOnRuleChange(ruleId, () => refetch({ requestPolicy: 'network-only' }));
  const [, setMode] = useMutation(SetModeMutation);
  const [pauseState, pause] = useMutation(PauseMutation);
  const [resumeState, resume] = useMutation(ResumeMutation);
  const rule = data?.rule;
  if (error)
    return (
      <Text size="xs" c="red" role="alert">
        {errorMessage(error)}
      </Text>
    );
  if (!rule) return null;

  const done = async (p: Promise<{ error?: CombinedError }>, ok: string) => {
    const r = await p;
    if (r.error) notifications.show({ color: 'red', title: 'Not changed', message: errorMessage(r.error) });
    else {
      notifications.show({ color: 'green', message: ok });
      ruleChanged(ruleId);
    }
  };

  const confirmMode = (mode: RuleMode) => {
    if (mode === rule.mode) return;
    modals.openConfirmModal({
      title: `Switch to ${MODES[mode].label}?`,
      children: (
        <Text size="sm">
          {MODES[mode].hint} The mode applies to this rule at once; published versions keep the mode they were
          published with.
        </Text>
      ),
      labels: { confirm: `Switch to ${MODES[mode].label}`, cancel: 'Cancel' },
      onConfirm: () => void done(setMode({ id: ruleId, mode }), `Mode: ${MODES[mode].label}`),
    });
  };

  const confirmPause = () =>
    modals.openConfirmModal({
      title: 'Pause this rule?',
      children: (
        <Text size="sm">
          Version {rule.activeVersion} stops running at once: new events fire nothing until you resume.
          Coupons already issued stay in the wallets.
        </Text>
      ),
      labels: { confirm: 'Pause', cancel: 'Cancel' },
      confirmProps: { color: 'yellow' },
      onConfirm: () => void done(pause({ id: ruleId }), 'Rule paused'),
    });

  const confirmResume = () =>
    modals.openConfirmModal({
      title: 'Resume this rule?',
      children: <Text size="sm">Version {rule.activeVersion} runs again on every new event.</Text>,
      labels: { confirm: 'Resume', cancel: 'Cancel' },
      onConfirm: () => void done(resume({ id: ruleId }), 'Rule resumed'),
    });

  return (
    <Group gap="xs" wrap="nowrap">
      <Menu position="bottom-end" withArrow>
        <Menu.Target>
          <Button size="xs" variant="default" aria-label={`Mode: ${MODES[rule.mode].label}. Change the mode`}>
            {MODES[rule.mode].label} ▾
          </Button>
        </Menu.Target>
        <Menu.Dropdown maw={300}>
          <Menu.Label>Mode</Menu.Label>
          {(['AUTOMATED', 'EXPERIMENT'] as const).map((m) => (
            <Menu.Item key={m} onClick={() => confirmMode(m)} disabled={m === rule.mode}>
              <Text size="sm" fw={600}>
                {MODES[m].label}
                {m === rule.mode ? ' (current)' : ''}
              </Text>
              <Text size="xs" c="dimmed">
                {MODES[m].hint}
              </Text>
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      {rule.status === 'ACTIVE' ? (
        <Button size="xs" variant="default" onClick={confirmPause} loading={pauseState.fetching}>
          Pause
        </Button>
      ) : rule.status === 'PAUSED' ? (
        <Button size="xs" variant="default" onClick={confirmResume} loading={resumeState.fetching}>
          Resume
        </Button>
      ) : null}
      <PublishButton ruleId={ruleId} />
    </Group>
  );
}

type Step =
  | { kind: 'saving' }
  | { kind: 'checking' }
  | { kind: 'report'; report: CheckData['checkRule'] }
  | { kind: 'failed'; error: CombinedError; issues: PanelIssue[] };

function PublishButton({ ruleId }: { ruleId: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="xs" onClick={() => setOpen(true)}>
        Publish…
      </Button>
      <Modal opened={open} onClose={() => setOpen(false)} title="Publish this rule" size="lg">
        {open ? <PublishDialog ruleId={ruleId} onClose={() => setOpen(false)} /> : null}
      </Modal>
    </>
  );
}

/** Checks an issue list's first named node and focuses it on the canvas. */
function useFocusFirst() {
  const { focusNode } = useEditorActions();
  return (issues: readonly PanelIssue[]) => {
    const first = issues.find((i) => i.nodeIds.length > 0)?.nodeIds[0];
    if (first) focusNode(first);
  };
}

function PublishDialog({ ruleId, onClose }: { ruleId: string; onClose: () => void }) {
  const store = useEditorStore();
  const graph = useEditor((s) => s.graph);
  const { markSaved } = useEditorActions();
  const client = useClient();
  const focusFirst = useFocusFirst();
  const [step, setStep] = useState<Step>({ kind: 'checking' });
  const [savedNow, setSavedNow] = useState(false);
  const [note, setNote] = useState('');
  const [publishing, setPublishing] = useState(false);
  const [refusal, setRefusal] = useState<{ error: CombinedError | null; issues: PanelIssue[] } | null>(null);

  /** Saves the store's document when it differs from the saved draft; false when saving failed. */
  const saveIfDirty = useCallback(async (): Promise<boolean> => {
    const { dirty, graph: document } = store.getState();
    if (!dirty) return true;
    setStep({ kind: 'saving' });
    const r = await client.mutation(SaveDraftMutation, { id: ruleId, graph: document }).toPromise();
    if (r.error) {
      setStep({ kind: 'failed', error: r.error, issues: [] });
      return false;
    }
    markSaved(document);
    setSavedNow(true);
    return true;
  }, [store, client, ruleId, markSaved]);

  useEffect(() => {
    let live = true;
    void (async () => {
      if (!(await saveIfDirty()) || !live) return;
      setStep({ kind: 'checking' });
      const r = await client
        .query(CheckRuleQuery, { id: ruleId }, { requestPolicy: 'network-only' })
        .toPromise();
      if (!live) return;
      if (r.error || !r.data) setStep({ kind: 'failed', error: r.error!, issues: graphIssuesOf(r.error) });
      else setStep({ kind: 'report', report: r.data.checkRule });
    })();
    return () => {
      live = false;
    };
  }, [saveIfDirty, client, ruleId]);

  async function publish() {
    setPublishing(true);
    setRefusal(null);
    if (!(await saveIfDirty())) {
      setPublishing(false);
      return;
    }
    const r = await client
      .mutation(PublishRuleMutation, { id: ruleId, note: note.trim() || null })
      .toPromise();
    setPublishing(false);
    const issues = graphIssuesOf(r.error);
    if (r.error) {
      setRefusal({ error: r.error, issues });
      focusFirst(issues);
      return;
    }
    const result = r.data?.publishRule;
    if (!result || !result.report.valid) {
      const reported = reportIssues(result?.report);
      setRefusal({ error: null, issues: reported });
      focusFirst(reported);
      return;
    }
    notifications.show({
      color: 'green',
      title: `Version ${result.rule.activeVersion ?? ''} is live`,
      message: note.trim() ? note.trim() : 'The rule runs on every new event.',
    });
    ruleChanged(ruleId);
    onClose();
  }

  if (step.kind === 'saving') return <Loading label="Saving the draft…" />;
  if (step.kind === 'checking') return <Loading label="Checking the rule…" />;
  if (step.kind === 'failed')
    return step.issues.length > 0 ? (
      <Alert color="red" title="The rule cannot be published" role="alert">
        <IssueList issues={step.issues} graph={graph} />
      </Alert>
    ) : (
      <ErrorNotice error={step.error} title="The check failed" />
    );

  const { report } = step;
  const issues = reportIssues(report);
  const errors = issues.filter((i) => i.severity === 'ERROR');
  const warnings = issues.filter((i) => i.severity === 'WARNING');
  // The worst-case subsidy is shown below as money; its INFO line (in minor units) would repeat it.
  const notes = issues.filter((i) => i.severity === 'INFO' && i.code !== 'WORST_CASE_SUBSIDY');
  return (
    <Stack gap="sm">
      {savedNow ? (
        <Text size="xs" c="dimmed">
          Your changes were saved as the draft.
        </Text>
      ) : null}
      {report.valid ? (
        <Alert color="green" title="Ready to publish">
          The draft passed every check. Publishing stores it as a new version that runs at once.
        </Alert>
      ) : (
        <Alert
          color="red"
          title={
            errors.length === 1 ? '1 error blocks publishing' : `${errors.length} errors block publishing`
          }
          role="alert"
        >
          <IssueList issues={errors} graph={graph} />
        </Alert>
      )}
      {warnings.length > 0 ? (
        <Alert color="yellow" title={`${warnings.length} warning${warnings.length === 1 ? '' : 's'}`}>
          <IssueList issues={warnings} graph={graph} />
        </Alert>
      ) : null}
      {notes.length > 0 ? (
        <Alert color="gray" title="For your information">
          <IssueList issues={notes} graph={graph} />
        </Alert>
      ) : null}
      <Group justify="space-between">
        <Text size="sm">Worst-case subsidy of one event</Text>
        <Text fw={700}>{formatMoney(report.worstCaseSubsidyPerEvent)}</Text>
      </Group>
      <Divider />
      <Textarea
        label="Note"
        description="What changed and why; shown in the version history."
        placeholder="e.g. Raised the minimum order to $150"
        autosize
        minRows={2}
        maxLength={2000}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
      />
      {refusal ? (
        <Alert color="red" title="The server refused to publish" role="alert">
          {refusal.issues.length > 0 ? (
            <IssueList issues={refusal.issues} graph={graph} />
          ) : refusal.error ? (
            errorMessage(refusal.error)
          ) : null}
        </Alert>
      ) : null}
      <Group justify="flex-end" gap="xs">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button onClick={() => void publish()} loading={publishing} disabled={!report.valid}>
          Publish
        </Button>
      </Group>
    </Stack>
  );
}

/** A report's shape issues and server checks, as one list with severities. */
function reportIssues(report: CheckData['checkRule'] | undefined): PanelIssue[] {
  if (!report) return [];
  return [
    ...report.issues.map((i) => ({
      code: i.code,
      message: i.message,
      nodeIds: i.nodeIds,
      severity: 'ERROR' as const,
    })),
    ...report.checks.map((c) => ({
      code: c.code,
      message: c.message,
      nodeIds: c.nodeIds,
      severity: c.severity,
    })),
  ];
}
