// Create or edit a campaign: name, description, budget (major units typed, minor units sent; empty =
// unlimited) and dates. Checks beside each field before sending; the server's BAD_USER_INPUT lands on
// its field too.
import { Alert, Button, Group, Modal, NumberInput, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { CombinedError } from 'urql';
import { CURRENCY, currencyDecimals, toMajor, toMinor } from '../../lib/money';
import { isoOf, localOf } from '../templates/draft';

export interface CampaignValues {
  name: string;
  description: string;
  budget: number | '';
  startsAt: string;
  endsAt: string;
}

type Field = keyof CampaignValues;
export type CampaignErrors = Partial<Record<Field, string>>;

export function campaignValues(c?: {
  name: string;
  description: string | null;
  budget: number | null;
  startsAt: string | null;
  endsAt: string | null;
}): CampaignValues {
  return {
    name: c?.name ?? '',
    description: c?.description ?? '',
    budget: c?.budget == null ? '' : toMajor(c.budget),
    startsAt: localOf(c?.startsAt),
    endsAt: localOf(c?.endsAt),
  };
}

export function validateCampaign(v: CampaignValues): CampaignErrors {
  const e: CampaignErrors = {};
  if (!v.name.trim()) e.name = 'Give the campaign a name';
  if (v.budget !== '' && (!Number.isFinite(v.budget) || v.budget < 0)) e.budget = 'Must not be negative';
  const s = isoOf(v.startsAt);
  const end = isoOf(v.endsAt);
  if (s && end && Date.parse(end) <= Date.parse(s)) e.endsAt = 'Must be after the start';
  return e;
}

/** The create/update input: budget in minor units; on update, unchanged dates are left out. */
export function campaignInput(v: CampaignValues) {
  return {
    name: v.name.trim(),
    description: v.description.trim() || null,
    budget: v.budget === '' ? null : toMinor(v.budget),
    ...(v.startsAt ? { startsAt: isoOf(v.startsAt) } : {}),
    ...(v.endsAt ? { endsAt: isoOf(v.endsAt) } : {}),
  };
}

const FIELD_OF: Record<string, Field> = {
  name: 'name',
  description: 'description',
  budget: 'budget',
  startsAt: 'startsAt',
  endsAt: 'endsAt',
};

export function campaignServerErrors(error: CombinedError): { fields: CampaignErrors; form: string[] } {
  const fields: CampaignErrors = {};
  const form: string[] = [];
  for (const g of error.graphQLErrors) {
    const path = typeof g.extensions?.field === 'string' ? g.extensions.field : '';
    const f = g.extensions?.code === 'BAD_USER_INPUT' ? FIELD_OF[path.replace(/^input\./, '')] : undefined;
    if (f) fields[f] = g.message.replace(/^[\w.]+: /, '');
    else form.push(g.message);
  }
  if (error.networkError) form.push(`Network error: ${error.networkError.message}`);
  return { fields, form };
}

export function CampaignFormModal({
  opened,
  title,
  initial,
  submitLabel,
  editing = false,
  onClose,
  onSubmit,
}: {
  opened: boolean;
  title: string;
  initial: CampaignValues;
  submitLabel: string;
  editing?: boolean;
  onClose(): void;
  onSubmit(v: CampaignValues): Promise<CombinedError | null>;
}) {
  const [v, setV] = useState(initial);
  const [errors, setErrors] = useState<CampaignErrors>({});
  const [form, setForm] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const set = <K extends Field>(k: K, value: CampaignValues[K]) => {
    setV((p) => ({ ...p, [k]: value }));
    setErrors((p) => ({ ...p, [k]: undefined }));
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found = validateCampaign(v);
    setErrors(found);
    setForm([]);
    if (Object.values(found).some(Boolean)) return;
    setBusy(true);
    try {
      const error = await onSubmit(v);
      if (error) {
        const r = campaignServerErrors(error);
        setErrors(r.fields);
        setForm(r.form);
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened={opened} onClose={onClose} title={title} size="lg">
      <form onSubmit={(e) => void submit(e)} noValidate aria-label={title}>
        <Stack gap="sm">
          {form.length ? (
            <Alert color="red" role="alert">
              {form.join('; ')}
            </Alert>
          ) : null}
          <TextInput
            label="Name"
            required
            data-autofocus
            value={v.name}
            error={errors.name}
            onChange={(e) => set('name', e.currentTarget.value)}
          />
          <Textarea
            label="Description"
            autosize
            minRows={2}
            value={v.description}
            error={errors.description}
            onChange={(e) => set('description', e.currentTarget.value)}
          />
          <NumberInput
            label="Budget"
            description={
              editing
                ? 'Subsidy the campaign may spend; not below what is spent and reserved. Empty: unlimited.'
                : 'Subsidy the campaign may spend. Empty: unlimited.'
            }
            leftSection={<Text size="xs">{CURRENCY}</Text>}
            leftSectionWidth={44}
            decimalScale={currencyDecimals()}
            thousandSeparator=","
            clampBehavior="none"
            value={v.budget}
            error={errors.budget}
            onChange={(x) => set('budget', x === '' ? '' : Number(x))}
          />
          <Group grow align="flex-start">
            <TextInput
              type="datetime-local"
              label="Starts"
              disabled={editing}
              description={editing ? 'Fixed once created' : 'Empty: now'}
              value={v.startsAt}
              error={errors.startsAt}
              onChange={(e) => set('startsAt', e.currentTarget.value)}
            />
            <TextInput
              type="datetime-local"
              label="Ends"
              description="Empty: no end"
              value={v.endsAt}
              error={errors.endsAt}
              onChange={(e) => set('endsAt', e.currentTarget.value)}
            />
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
