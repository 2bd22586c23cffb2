// The coupon template form: every kind and attribute the server accepts, the kind's own fields only
// (kinds.ts), every problem beside its field (the console's own checks before sending, the server's
// BAD_USER_INPUT after), and beside it the wallet preview with the maximum value and budget impact.
import {
  Alert,
  Button,
  Checkbox,
  Grid,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Switch,
  TagsInput,
  Text,
  TextInput,
  Textarea,
  Title,
  MultiSelect,
  ActionIcon,
  Fieldset,
} from '@mantine/core';
import { type FormEvent, type ReactNode, useState } from 'react';
import type { CombinedError } from 'urql';
import type {
  ApplyTo,
  ClaimFrequency,
  CouponKind,
  CreateTemplateInput,
  PlacementKind,
  ShareRewardWhen,
  StackGroup,
} from '../../gql/graphql';
import { CURRENCY, currencyDecimals } from '../../lib/money';
import {
  type DurationUnit,
  type FieldErrors,
  type FormField,
  type ScopeList,
  type TemplateDraft,
  editableChecks,
  emptyDraft,
  serverErrors,
  toInput,
  validate,
} from './draft';
import { APPLY_TO_LABELS, FIELDS, KINDS, KIND_ORDER, type KindField, shownFields, wordsOf } from './kinds';
import { TemplateFigures, type CampaignOption } from './TemplateFigures';
import { WalletCard } from './WalletCard';

export interface TemplateFormProps {
  initial?: TemplateDraft;
  campaigns: readonly CampaignOption[];
  audiences: readonly { id: string; name: string }[];
  /** Sends the input; resolves with the error when the server refused it. */
  onSubmit(input: CreateTemplateInput, draft: TemplateDraft): Promise<CombinedError | null>;
  onCancel?(): void;
  /**
   * 'edit': an existing template; only what updateTemplate accepts can change (EDITABLE: name,
   * description, claim window, quota total, limits, placements, audiences, refundable); the rest is
   * shown locked, as the server fixes it at creation.
   */
  mode?: 'create' | 'edit';
}

const UNITS: { value: DurationUnit; label: string }[] = [
  { value: 'minutes', label: 'minutes' },
  { value: 'hours', label: 'hours' },
  { value: 'days', label: 'days' },
];
const PLACEMENTS: { value: PlacementKind; label: string }[] = [
  { value: 'CENTER', label: 'Coupon center' },
  { value: 'CART', label: 'Cart' },
  { value: 'PRODUCT_PAGE', label: 'Product page' },
  { value: 'EVENT_PAGE', label: 'Event page' },
];
const FREQUENCIES: { value: ClaimFrequency; label: string }[] = [
  { value: 'ONCE', label: 'Once' },
  { value: 'DAILY', label: 'Once a day' },
  { value: 'AFTER_USE', label: 'Again after using the last one' },
];
const STACK_GROUPS: { value: StackGroup; label: string }[] = [
  { value: 'PRODUCT', label: 'Product' },
  { value: 'STORE', label: 'Store' },
  { value: 'PLATFORM', label: 'Platform' },
  { value: 'SHIPPING', label: 'Shipping (shipping coupons only)' },
  { value: 'PAYMENT', label: 'Payment' },
];
const SCOPE_FIELDS: { key: ScopeList; label: string }[] = [
  { key: 'merchantIds', label: 'Merchants / stores' },
  { key: 'includeSkus', label: 'Only these SKUs' },
  { key: 'excludeSkus', label: 'Except these SKUs' },
  { key: 'includeBrands', label: 'Only these brands' },
  { key: 'excludeBrands', label: 'Except these brands' },
  { key: 'includeCategories', label: 'Only these categories' },
  { key: 'excludeCategories', label: 'Except these categories' },
];

const REWARD_WHEN: { value: ShareRewardWhen; label: string }[] = [
  { value: 'CLAIMS', label: 'K friends have joined' },
  { value: 'FIRST_PAYMENT', label: 'The first friend pays' },
];

const numOrEmpty = (v: number | string): number | '' => (v === '' ? '' : Number(v));

export function TemplateForm({
  initial,
  campaigns,
  audiences,
  onSubmit,
  onCancel,
  mode = 'create',
}: TemplateFormProps) {
  const locked = mode === 'edit';
  /** Editing checks only what may change (a fixed field cannot be corrected here). */
  const check = (d: TemplateDraft) =>
    locked ? editableChecks(validate(d, budgeted)) : validate(d, budgeted);
  const [draft, setDraft] = useState<TemplateDraft>(initial ?? emptyDraft());
  /** The console's own checks (live after a first attempt) and the server's answer, per field. */
  const [checks, setChecks] = useState<FieldErrors>({});
  const [server, setServer] = useState<FieldErrors>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const campaign = campaigns.find((c) => c.id === draft.campaignId) ?? null;
  const budgeted = campaign?.budget != null;

  const set = <K extends keyof TemplateDraft>(
    key: K,
    value: TemplateDraft[K],
    field: FormField = key as FormField,
  ) => {
    const next = { ...draft, [key]: value };
    setDraft(next);
    // After a first attempt the checks run live; a server error goes once its field changes.
    if (tried) setChecks(check(next));
    setServer((prev) => {
      if (!(field in prev)) return prev;
      const rest = { ...prev };
      delete rest[field];
      return rest;
    });
  };
  const setSharing = (patch: Partial<TemplateDraft['sharing']>) =>
    set('sharing', { ...draft.sharing, ...patch }, 'sharing');
  const setDen = (f: KindField, v: number | string) =>
    set(
      'denomination',
      {
        ...draft.denomination,
        [f]: ['text', 'choice', 'list', 'flag'].includes(FIELDS[f].unit) ? v : numOrEmpty(v),
      },
      f,
    );
  /** A new kind, with its defaults typed into its empty fields. */
  const chooseKind = (kind: CouponKind) => {
    const empty = (f: string) => (draft.denomination[f as KindField] ?? '') === '';
    const defaults = Object.entries(KINDS[kind].defaults ?? {}).filter(([f]) => empty(f));
    const next = { ...draft, kind, denomination: { ...draft.denomination, ...Object.fromEntries(defaults) } };
    setDraft(next);
    if (tried) setChecks(validate(next, budgeted));
  };
  const setScope = (k: ScopeList, v: string[]) => set('scope', { ...draft.scope, [k]: v }, k);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setTried(true);
    const found = check(draft);
    setChecks(found);
    setServer({});
    setFormErrors([]);
    if (Object.keys(found).length) {
      focusFirstError();
      return;
    }
    setSaving(true);
    try {
      const error = await onSubmit(toInput(draft), draft);
      if (error) {
        const { fields, form } = serverErrors(error);
        setServer(fields);
        setFormErrors(form);
        focusFirstError();
      }
    } finally {
      setSaving(false);
    }
  }

  const err = (f: FormField) => checks[f] ?? server[f];
  const moneyProps = {
    decimalScale: currencyDecimals(),
    thousandSeparator: ',',
    leftSection: <Text size="xs">{CURRENCY}</Text>,
    leftSectionWidth: 44,
  };

  const kindSpec = KINDS[draft.kind];
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label="Coupon template">
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">
            {formErrors.length ? (
              <Alert color="red" title="The template was not saved" role="alert">
                {formErrors.join('; ')}
              </Alert>
            ) : null}
            {locked ? (
              <Text size="sm" c="dimmed">
                Kind, value, validity, scope, quota batches, stacking and funding are fixed once a template
                exists; they are shown locked. Create a new template to change them.
              </Text>
            ) : null}
            <Section title="Basics">
              <TextInput
                label="Name"
                required
                value={draft.name}
                error={err('name')}
                onChange={(e) => set('name', e.currentTarget.value)}
              />
              <Textarea
                label="Description"
                rows={2}
                value={draft.description}
                error={err('description')}
                onChange={(e) => set('description', e.currentTarget.value)}
              />
              <Group grow align="flex-start">
                <Select
                  disabled={locked}
                  label="Campaign"
                  description="Its budget pays for the coupons"
                  placeholder="No campaign"
                  clearable
                  data={campaigns.map((c) => ({ value: c.id, label: c.name }))}
                  value={draft.campaignId}
                  error={err('campaignId')}
                  onChange={(v) => set('campaignId', v)}
                />
                <Select
                  disabled={locked}
                  label="Kind"
                  description={kindSpec.summary}
                  allowDeselect={false}
                  data={KIND_ORDER.map((k) => ({ value: k, label: KINDS[k].label }))}
                  value={draft.kind}
                  error={err('kind')}
                  onChange={(v) => v && chooseKind(v as CouponKind)}
                />
              </Group>
            </Section>

            <Section title="Value" disabled={locked}>
              <Grid gap="sm">
                {shownFields(draft.kind, draft.denomination).map((f) => {
                  const spec = FIELDS[f];
                  const words = wordsOf(draft.kind, f);
                  const common = {
                    label: words.label,
                    description: words.description,
                    required: kindSpec.required.includes(f),
                    error: err(f),
                  };
                  const raw = draft.denomination[f] ?? '';
                  const options = kindSpec.applyTo ?? [];
                  return (
                    <Grid.Col span={{ base: 12, sm: 6 }} key={f} data-kind-field={f}>
                      {spec.unit === 'choice' ? (
                        <Select
                          {...common}
                          allowDeselect={false}
                          data={options.map((a) => ({ value: a, label: APPLY_TO_LABELS[a] }))}
                          value={options.includes(raw as ApplyTo) ? String(raw) : (options[0] ?? null)}
                          onChange={(v) => v && setDen(f, v)}
                        />
                      ) : spec.unit === 'flag' ? (
                        <Checkbox
                          label={common.label}
                          description={common.description}
                          error={common.error}
                          mt="lg"
                          checked={raw === 'yes'}
                          onChange={(e) => setDen(f, e.currentTarget.checked ? 'yes' : '')}
                        />
                      ) : spec.unit === 'text' || spec.unit === 'list' ? (
                        <TextInput
                          {...common}
                          value={String(raw)}
                          onChange={(e) => setDen(f, e.currentTarget.value)}
                        />
                      ) : (
                        <NumberInput
                          {...common}
                          {...(spec.unit === 'money' ? moneyProps : {})}
                          {...(spec.unit === 'percent' ? { suffix: ' %', decimalScale: 2 } : {})}
                          {...(spec.unit === 'count' ? { allowDecimal: false } : {})}
                          clampBehavior="none"
                          value={raw}
                          onChange={(v) => setDen(f, v)}
                        />
                      )}
                    </Grid.Col>
                  );
                })}
              </Grid>
            </Section>

            <ValiditySection draft={draft} set={set} err={err} locked={locked} />

            <Section title="Quota">
              <Group grow align="flex-start">
                <NumberInput
                  label="Total coupons"
                  description="Empty: unlimited"
                  allowDecimal={false}
                  clampBehavior="none"
                  value={draft.quotaTotal}
                  error={err('quotaTotal')}
                  onChange={(v) => set('quotaTotal', numOrEmpty(v))}
                />
                <Switch
                  mt={28}
                  disabled={locked}
                  label="An unused coupon that expires returns to the pool"
                  checked={draft.restoreOnExpiry}
                  onChange={(e) => set('restoreOnExpiry', e.currentTarget.checked)}
                />
              </Group>
              <Stack gap={6} {...lockedGroup(locked)}>
                <Text size="sm" fw={500}>
                  Scheduled batches
                </Text>
                <Text size="xs" c="dimmed">
                  Units released at a time; units of the total outside batches are claimable at once.
                </Text>
                {draft.quotaBatches.map((b, i) => (
                  <Group key={i} gap="xs" align="flex-end" wrap="nowrap">
                    <TextInput
                      type="datetime-local"
                      label={`Batch ${i + 1} release`}
                      value={b.releaseAt}
                      onChange={(e) => {
                        const value = e.currentTarget.value;
                        set(
                          'quotaBatches',
                          draft.quotaBatches.map((x, j) => (j === i ? { ...x, releaseAt: value } : x)),
                        );
                      }}
                    />
                    <NumberInput
                      label={`Batch ${i + 1} units`}
                      allowDecimal={false}
                      clampBehavior="none"
                      w={140}
                      value={b.units}
                      onChange={(v) =>
                        set(
                          'quotaBatches',
                          draft.quotaBatches.map((x, j) => (j === i ? { ...x, units: numOrEmpty(v) } : x)),
                        )
                      }
                    />
                    <ActionIcon
                      variant="default"
                      size="lg"
                      aria-label={`Remove batch ${i + 1}`}
                      onClick={() =>
                        set(
                          'quotaBatches',
                          draft.quotaBatches.filter((_, j) => j !== i),
                        )
                      }
                    >
                      ×
                    </ActionIcon>
                  </Group>
                ))}
                {err('quotaBatches') ? (
                  <Text size="xs" c="red" role="alert">
                    {err('quotaBatches')}
                  </Text>
                ) : null}
                <Group>
                  <Button
                    size="compact-sm"
                    variant="default"
                    onClick={() => set('quotaBatches', [...draft.quotaBatches, { releaseAt: '', units: '' }])}
                  >
                    Add a batch
                  </Button>
                </Group>
              </Stack>
            </Section>

            <Section title="Where it applies" disabled={locked}>
              <Grid gap="sm">
                {SCOPE_FIELDS.map((s) => (
                  <Grid.Col span={s.key === 'merchantIds' ? 12 : { base: 12, sm: 6 }} key={s.key}>
                    <TagsInput
                      label={s.label}
                      description={s.key === 'merchantIds' ? 'Empty: every merchant and store' : undefined}
                      placeholder="Type and press Enter"
                      value={draft.scope[s.key]}
                      error={err(s.key)}
                      onChange={(v) => setScope(s.key, v)}
                    />
                  </Grid.Col>
                ))}
              </Grid>
            </Section>

            <Section title="Who can claim">
              <MultiSelect
                label="Audiences"
                description="Only members of one of these may claim it; none: anyone"
                data={audiences.map((a) => ({ value: a.id, label: a.name }))}
                value={draft.audienceIds}
                searchable
                error={err('audienceIds')}
                onChange={(v) => set('audienceIds', v)}
              />
              <Group grow align="flex-start">
                <Select
                  label="Claim frequency"
                  description="How often one user may claim"
                  placeholder="No limit"
                  clearable
                  data={FREQUENCIES}
                  value={draft.limitFrequency}
                  error={err('limitFrequency')}
                  onChange={(v) => set('limitFrequency', v as ClaimFrequency | null)}
                />
                <NumberInput
                  label="Per account"
                  description="Coupons in total"
                  allowDecimal={false}
                  clampBehavior="none"
                  value={draft.limitPerAccount}
                  error={err('limitPerAccount')}
                  onChange={(v) => set('limitPerAccount', numOrEmpty(v))}
                />
                <NumberInput
                  label="Per device or cookie"
                  description="Each device and web cookie"
                  allowDecimal={false}
                  clampBehavior="none"
                  value={draft.limitPerDevice}
                  error={err('limitPerDevice')}
                  onChange={(v) => set('limitPerDevice', numOrEmpty(v))}
                />
              </Group>
              <Checkbox.Group
                label="Placements"
                description="Where users find it"
                value={draft.placements}
                error={err('placements')}
                onChange={(v) => set('placements', v as PlacementKind[])}
              >
                <Group mt={6}>
                  {PLACEMENTS.map((p) => (
                    <Checkbox key={p.value} value={p.value} label={p.label} />
                  ))}
                </Group>
              </Checkbox.Group>
            </Section>

            <Section title="Stacking and funding">
              <Group grow align="flex-start">
                <Select
                  disabled={locked}
                  label="Stack group"
                  description="At most one coupon per group per order"
                  placeholder="Default for the kind"
                  clearable
                  data={STACK_GROUPS}
                  value={draft.stackGroup}
                  error={err('stackGroup')}
                  onChange={(v) => set('stackGroup', v as StackGroup | null)}
                />
                <Stack gap="xs" mt={24}>
                  <Switch
                    disabled={locked}
                    label="Exclusive: combines with no other coupon"
                    checked={draft.exclusive}
                    onChange={(e) => set('exclusive', e.currentTarget.checked)}
                  />
                  <Switch
                    label="A full refund returns the coupon"
                    checked={draft.refundable}
                    onChange={(e) => set('refundable', e.currentTarget.checked)}
                  />
                </Stack>
              </Group>
              <Group grow align="flex-start" {...lockedGroup(locked)}>
                {(
                  [
                    ['platformShare', 'Platform pays'],
                    ['merchantShare', 'Merchant pays'],
                    ['brandShare', 'Brand pays'],
                  ] as const
                ).map(([k, label]) => (
                  <NumberInput
                    key={k}
                    label={label}
                    suffix=" %"
                    decimalScale={2}
                    clampBehavior="none"
                    value={draft[k]}
                    error={k === 'platformShare' ? err('funding') : undefined}
                    onChange={(v) => set(k, numOrEmpty(v), 'funding')}
                  />
                ))}
              </Group>
              {Number(draft.merchantShare) > 0 || Number(draft.brandShare) > 0 ? (
                <Group grow {...lockedGroup(locked)}>
                  <TextInput
                    label="Paying merchant id"
                    value={draft.fundingMerchantId}
                    disabled={!(Number(draft.merchantShare) > 0)}
                    onChange={(e) => set('fundingMerchantId', e.currentTarget.value, 'funding')}
                  />
                  <TextInput
                    label="Paying brand id"
                    value={draft.fundingBrandId}
                    disabled={!(Number(draft.brandShare) > 0)}
                    onChange={(e) => set('fundingBrandId', e.currentTarget.value, 'funding')}
                  />
                </Group>
              ) : null}
            </Section>

            <Section title="Sharing" disabled={locked}>
              <Switch
                label="Holders may share a pack with friends"
                checked={draft.sharing.enabled}
                onChange={(e) => setSharing({ enabled: e.currentTarget.checked })}
              />
              {draft.sharing.enabled ? (
                <Stack gap="sm" data-testid="sharing-fields">
                  <Group grow align="flex-start">
                    <TextInput
                      label="Friends get a coupon of"
                      description="Template id (tpl_…)"
                      value={draft.sharing.friendTemplateId}
                      error={err('sharing')}
                      onChange={(e) => setSharing({ friendTemplateId: e.currentTarget.value })}
                    />
                    <NumberInput
                      label="Friends per pack"
                      description="N"
                      allowDecimal={false}
                      clampBehavior="none"
                      value={draft.sharing.packSize}
                      onChange={(v) => setSharing({ packSize: numOrEmpty(v) })}
                    />
                  </Group>
                  <Group grow align="flex-start">
                    <NumberInput
                      label="A share stays open for"
                      clampBehavior="none"
                      value={draft.sharing.expiresIn}
                      onChange={(v) => setSharing({ expiresIn: numOrEmpty(v) })}
                    />
                    <Select
                      label="Unit"
                      data={UNITS}
                      value={draft.sharing.expiresInUnit}
                      allowDeselect={false}
                      onChange={(v) => setSharing({ expiresInUnit: (v ?? 'days') as DurationUnit })}
                    />
                    <Switch
                      mt={28}
                      label="New users only"
                      checked={draft.sharing.newUsersOnly}
                      onChange={(e) => setSharing({ newUsersOnly: e.currentTarget.checked })}
                    />
                  </Group>
                  <Group grow align="flex-start">
                    <TextInput
                      label="Sharer's reward"
                      description="Template id; empty = no reward"
                      value={draft.sharing.rewardTemplateId}
                      onChange={(e) => setSharing({ rewardTemplateId: e.currentTarget.value })}
                    />
                    <Select
                      label="Rewarded when"
                      data={REWARD_WHEN}
                      value={draft.sharing.rewardWhen}
                      allowDeselect={false}
                      onChange={(v) => setSharing({ rewardWhen: (v ?? 'CLAIMS') as ShareRewardWhen })}
                    />
                    {draft.sharing.rewardWhen === 'CLAIMS' ? (
                      <NumberInput
                        label="Friends joined (K)"
                        allowDecimal={false}
                        clampBehavior="none"
                        value={draft.sharing.rewardAfterClaims}
                        onChange={(v) => setSharing({ rewardAfterClaims: numOrEmpty(v) })}
                      />
                    ) : null}
                  </Group>
                </Stack>
              ) : null}
            </Section>

            <Group justify={locked ? 'flex-end' : 'space-between'}>
              {locked ? null : (
                <Switch
                  label="Activate at once (users can claim it)"
                  checked={draft.activate}
                  onChange={(e) => set('activate', e.currentTarget.checked)}
                />
              )}
              <Group>
                {onCancel ? (
                  <Button variant="default" onClick={onCancel}>
                    Cancel
                  </Button>
                ) : null}
                <Button type="submit" loading={saving}>
                  {locked ? 'Save changes' : draft.activate ? 'Create and activate' : 'Create draft'}
                </Button>
              </Group>
            </Group>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md" pos="sticky" top={68}>
            <WalletCard draft={draft} />
            <TemplateFigures draft={draft} campaign={campaign} />
          </Stack>
        </Grid.Col>
      </Grid>
    </form>
  );
}

/** Moves focus to the first field with a message (after React has drawn it). */
function focusFirstError() {
  setTimeout(() => {
    const el = document.querySelector<HTMLElement>('form [aria-invalid="true"], form [role="alert"]');
    el?.focus();
  }, 0);
}

/** Renders a Group or Stack as a bare fieldset: when locked, every field in it is disabled. */
const lockedGroup = (locked: boolean) => ({
  component: 'fieldset',
  disabled: locked,
  style: { border: 0, margin: 0, padding: 0, minWidth: 0 },
});

export function Section({
  title,
  children,
  disabled,
}: {
  title: string;
  children: ReactNode;
  disabled?: boolean;
}) {
  return (
    <Fieldset
      disabled={disabled}
      legend={
        <Title order={2} size="h5">
          {title}
        </Title>
      }
      variant="filled"
    >
      <Stack gap="sm">{children}</Stack>
    </Fieldset>
  );
}

function ValiditySection({
  draft,
  set,
  err,
  locked,
}: {
  draft: TemplateDraft;
  set: <K extends keyof TemplateDraft>(key: K, value: TemplateDraft[K], field?: FormField) => void;
  err: (f: FormField) => string | undefined;
  locked: boolean;
}) {
  return (
    <Section title="Validity">
      <SegmentedControl
        disabled={locked}
        aria-label="Validity"
        data={[
          { value: 'RELATIVE', label: 'From claiming (relative)' },
          { value: 'ABSOLUTE', label: 'Fixed dates (absolute)' },
        ]}
        value={draft.validity}
        onChange={(v) => set('validity', v as TemplateDraft['validity'])}
      />
      {draft.validity === 'ABSOLUTE' ? (
        <Group grow align="flex-start">
          <TextInput
            disabled={locked}
            type="datetime-local"
            label="Valid from"
            description="Empty: from issue"
            value={draft.validFrom}
            error={err('validFrom')}
            onChange={(e) => set('validFrom', e.currentTarget.value)}
          />
          <TextInput
            disabled={locked}
            type="datetime-local"
            label="Valid until"
            required
            value={draft.validUntil}
            error={err('validUntil')}
            onChange={(e) => set('validUntil', e.currentTarget.value)}
          />
        </Group>
      ) : (
        <>
          <Group grow align="flex-start">
            <Duration
              disabled={locked}
              label="Valid for"
              value={draft.validFor}
              unit={draft.validForUnit}
              error={err('validFor')}
              onValue={(v) => set('validFor', v)}
              onUnit={(u) => set('validForUnit', u, 'validFor')}
            />
            <Duration
              disabled={locked}
              label="Delay"
              value={draft.validAfter}
              unit={draft.validAfterUnit}
              error={err('validAfter')}
              onValue={(v) => set('validAfter', v)}
              onUnit={(u) => set('validAfterUnit', u, 'validAfter')}
            />
          </Group>
          <Text size="xs" c="dimmed" mt={-4}>
            A claimed coupon becomes usable after the delay, then stays valid for the period.
          </Text>
          <TextInput
            disabled={locked}
            type="datetime-local"
            label="Never valid after"
            description="Optional: caps every coupon's window"
            value={draft.validUntil}
            error={err('validUntil')}
            onChange={(e) => set('validUntil', e.currentTarget.value)}
          />
        </>
      )}
      <Group grow align="flex-start">
        <TextInput
          type="datetime-local"
          label="Claimable from"
          description="Empty: once active"
          value={draft.claimStartsAt}
          error={err('claimStartsAt')}
          onChange={(e) => set('claimStartsAt', e.currentTarget.value)}
        />
        <TextInput
          type="datetime-local"
          label="Claimable until"
          description="Empty: until ended"
          value={draft.claimEndsAt}
          error={err('claimEndsAt')}
          onChange={(e) => set('claimEndsAt', e.currentTarget.value)}
        />
      </Group>
    </Section>
  );
}

function Duration({
  label,
  value,
  unit,
  error,
  onValue,
  onUnit,
  disabled,
}: {
  disabled?: boolean;
  label: string;
  value: number | '';
  unit: DurationUnit;
  error?: string;
  onValue(v: number | ''): void;
  onUnit(u: DurationUnit): void;
}) {
  return (
    <Group gap={6} align="flex-start" wrap="nowrap">
      <NumberInput
        disabled={disabled}
        label={label}
        allowDecimal={false}
        clampBehavior="none"
        value={value}
        error={error}
        onChange={(v) => onValue(numOrEmpty(v))}
        style={{ flex: 1 }}
      />
      <Select
        disabled={disabled}
        label={`${label} unit`}
        styles={{ label: { visibility: 'hidden', whiteSpace: 'nowrap', overflow: 'hidden' } }}
        w={100}
        allowDeselect={false}
        data={UNITS}
        value={unit}
        onChange={(u) => u && onUnit(u as DurationUnit)}
      />
    </Group>
  );
}
