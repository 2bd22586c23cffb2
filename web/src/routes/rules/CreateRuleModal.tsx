// "New rule": a name and a mode, then straight into the editor.
import { Alert, Button, Group, Modal, Radio, Stack, TextInput, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { errorMessage } from '../../app/states';
import type { RuleMode } from '../../gql/graphql';
import { MODE_HINT, MODE_LABEL } from './ruleLabels';
import { CreateRuleMutation } from './rules.graphql';

const MODES: RuleMode[] = ['AUTOMATED', 'EXPERIMENT'];

export function CreateRuleModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title="New rule" size="md">
      {/* Mounted only while open: every opening starts from an empty form. */}
      {opened ? <CreateRuleForm onCancel={onClose} /> : null}
    </Modal>
  );
}

function CreateRuleForm({ onCancel }: { onCancel: () => void }) {
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [mode, setMode] = useState<RuleMode>('AUTOMATED');
  const [result, create] = useMutation(CreateRuleMutation);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const r = await create({
      input: { name: name.trim(), mode, description: description.trim() || null },
    });
    if (r.data) void navigate(`/rules/${encodeURIComponent(r.data.createRule.id)}`);
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-label="New rule">
      <Stack>
        {result.error ? (
          <Alert color="red" role="alert" title="The rule was not created">
            {errorMessage(result.error)}
          </Alert>
        ) : null}
        <TextInput
          label="Name"
          description="What the rule does, as your team would say it"
          placeholder="e.g. 20 off the third order in 30 days"
          required
          data-autofocus
          maxLength={200}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
        />
        <Textarea
          label="Description"
          placeholder="Optional: why it exists, who owns it"
          autosize
          minRows={2}
          maxRows={5}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
        />
        <Radio.Group
          label="Mode"
          value={mode}
          onChange={(v) => setMode(v === 'EXPERIMENT' ? 'EXPERIMENT' : 'AUTOMATED')}
        >
          <Stack gap="xs" mt={6}>
            {MODES.map((m) => (
              <Radio key={m} value={m} label={MODE_LABEL[m]} description={MODE_HINT[m]} />
            ))}
          </Stack>
        </Radio.Group>
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={result.fetching} disabled={!name.trim()}>
            Create and open
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
