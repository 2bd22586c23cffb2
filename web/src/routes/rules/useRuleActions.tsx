// The list's row actions: duplicate, pause and resume (each confirmed, each reporting the API's
// answer as a notification). The editor can use the same hook.
import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { type CombinedError, useClient } from 'urql';
import { errorMessage } from '../../app/states';
import { DuplicateRuleMutation, PauseRuleMutation, ResumeRuleMutation } from './rules.graphql';

export interface RuleRef {
  id: string;
  name: string;
  activeVersion?: number | null;
}

const failed = (title: string, error: CombinedError) =>
  notifications.show({ color: 'red', title, message: errorMessage(error), autoClose: 8000 });

export function useRuleActions() {
  const client = useClient();
  /** Rule ids with an action under way (their buttons show progress). */
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const mark = (id: string, on: boolean) =>
    setBusy((prev) => {
      const next = new Set(prev);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  async function duplicate(rule: RuleRef): Promise<void> {
    mark(rule.id, true);
    try {
      const copy = await client.mutation(DuplicateRuleMutation, { id: rule.id });
      if (copy.error || !copy.data) {
        if (copy.error) failed(`“${rule.name}” was not duplicated`, copy.error);
        return;
      }
      notifications.show({
        color: 'green',
        title: 'Rule duplicated',
        message: `“${copy.data.duplicateRule.name}” is a draft with the same graph.`,
      });
    } finally {
      mark(rule.id, false);
    }
  }

  async function setRunning(rule: RuleRef, run: boolean): Promise<void> {
    mark(rule.id, true);
    try {
      const r = run
        ? await client.mutation(ResumeRuleMutation, { id: rule.id })
        : await client.mutation(PauseRuleMutation, { id: rule.id });
      if (r.error) failed(`“${rule.name}” was not ${run ? 'resumed' : 'paused'}`, r.error);
      else
        notifications.show({
          color: run ? 'green' : 'yellow',
          title: run ? 'Rule resumed' : 'Rule paused',
          message: run
            ? `“${rule.name}” runs on new events again.`
            : `“${rule.name}” no longer runs until you resume it.`,
        });
    } finally {
      mark(rule.id, false);
    }
  }

  function confirmPause(rule: RuleRef): void {
    modals.openConfirmModal({
      title: `Pause “${rule.name}”?`,
      children: (
        <Text size="sm">
          The rule stops acting on new events until you resume it. Coupons it has already issued stay valid.
        </Text>
      ),
      labels: { confirm: 'Pause rule', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      onConfirm: () => void setRunning(rule, false),
    });
  }

  function confirmResume(rule: RuleRef): void {
    modals.openConfirmModal({
      title: `Resume “${rule.name}”?`,
      children: (
        <Text size="sm">
          Published version {rule.activeVersion ?? ''} acts on new events again from now on. Events that
          arrived while it was paused are not replayed.
        </Text>
      ),
      labels: { confirm: 'Resume rule', cancel: 'Cancel' },
      onConfirm: () => void setRunning(rule, true),
    });
  }

  return { busy, duplicate, confirmPause, confirmResume };
}
