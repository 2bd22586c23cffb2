// The template form's model, pure: the draft as typed (money in major units, percents, local date
// times), its defaults, the checks made before anything is sent (each beside its field), the
// CreateTemplateInput it becomes, and where a server's BAD_USER_INPUT error belongs.
import type { CombinedError } from 'urql';
import type {
  ClaimFrequency,
  CouponKind,
  CreateTemplateInput,
  PlacementKind,
  ShareRewardWhen,
  StackGroup,
  TemplateQuery,
  UpdateTemplateInput,
} from '../../gql/graphql';
import { toMajor, toMinor } from '../../lib/money';
import {
  type Denominated,
  FIELDS,
  KINDS,
  type KindField,
  type FieldSpec,
  PER_UNIT,
  apiFields,
  boundOf,
  shownFields,
  wordsOf,
} from './kinds';

export type DurationUnit = 'minutes' | 'hours' | 'days';
export const DURATION_SECONDS: Record<DurationUnit, number> = { minutes: 60, hours: 3600, days: 86_400 };

export const SCOPE_LISTS = [
  'merchantIds',
  'includeSkus',
  'excludeSkus',
  'includeBrands',
  'excludeBrands',
  'includeCategories',
  'excludeCategories',
] as const;
export type ScopeList = (typeof SCOPE_LISTS)[number];

export interface BatchDraft {
  releaseAt: string;
  units: number | '';
}

/** The share-pack option as typed (DOMAIN.md, Sharing). */
export interface SharingDraft {
  enabled: boolean;
  friendTemplateId: string;
  packSize: number | '';
  expiresIn: number | '';
  expiresInUnit: DurationUnit;
  newUsersOnly: boolean;
  /** '' = no reward. */
  rewardTemplateId: string;
  rewardWhen: ShareRewardWhen;
  rewardAfterClaims: number | '';
}

export const emptySharing = (): SharingDraft => ({
  enabled: false,
  friendTemplateId: '',
  packSize: 3,
  expiresIn: 7,
  expiresInUnit: 'days',
  newUsersOnly: false,
  rewardTemplateId: '',
  rewardWhen: 'CLAIMS',
  rewardAfterClaims: '',
});

export interface TemplateDraft {
  name: string;
  description: string;
  campaignId: string | null;
  kind: CouponKind;
  /** Denomination as typed (see kinds.ts FIELDS). */
  denomination: Partial<Record<KindField, number | string | ''>>;
  validity: 'ABSOLUTE' | 'RELATIVE';
  /** datetime-local values ("2026-12-06T10:00"); '' = not set. */
  validFrom: string;
  validUntil: string;
  validFor: number | '';
  validForUnit: DurationUnit;
  validAfter: number | '';
  validAfterUnit: DurationUnit;
  claimStartsAt: string;
  claimEndsAt: string;
  quotaTotal: number | '';
  quotaBatches: BatchDraft[];
  restoreOnExpiry: boolean;
  scope: Record<ScopeList, string[]>;
  audienceIds: string[];
  limitFrequency: ClaimFrequency | null;
  limitPerAccount: number | '';
  limitPerDevice: number | '';
  placements: PlacementKind[];
  /** null: the kind's default group. */
  stackGroup: StackGroup | null;
  exclusive: boolean;
  /** Percent shares (sum 100). */
  platformShare: number | '';
  merchantShare: number | '';
  brandShare: number | '';
  fundingMerchantId: string;
  fundingBrandId: string;
  refundable: boolean;
  sharing: SharingDraft;
  activate: boolean;
}

export function emptyDraft(kind: CouponKind = 'AMOUNT_OFF', campaignId: string | null = null): TemplateDraft {
  return {
    name: '',
    description: '',
    campaignId,
    kind,
    denomination: {},
    validity: 'RELATIVE',
    validFrom: '',
    validUntil: '',
    validFor: 7,
    validForUnit: 'days',
    validAfter: 0,
    validAfterUnit: 'days',
    claimStartsAt: '',
    claimEndsAt: '',
    quotaTotal: '',
    quotaBatches: [],
    restoreOnExpiry: false,
    scope: {
      merchantIds: [],
      includeSkus: [],
      excludeSkus: [],
      includeBrands: [],
      excludeBrands: [],
      includeCategories: [],
      excludeCategories: [],
    },
    audienceIds: [],
    limitFrequency: null,
    limitPerAccount: '',
    limitPerDevice: '',
    placements: ['CENTER'],
    stackGroup: null,
    exclusive: false,
    platformShare: 100,
    merchantShare: 0,
    brandShare: 0,
    fundingMerchantId: '',
    fundingBrandId: '',
    refundable: true,
    sharing: emptySharing(),
    activate: false,
  };
}

/** Field keys errors are shown beside (denomination fields by their kinds.ts key). */
export type FormField =
  | KindField
  | 'name'
  | 'description'
  | 'campaignId'
  | 'kind'
  | 'validFrom'
  | 'validUntil'
  | 'validFor'
  | 'validAfter'
  | 'claimStartsAt'
  | 'claimEndsAt'
  | 'quotaTotal'
  | 'quotaBatches'
  | ScopeList
  | 'audienceIds'
  | 'limitFrequency'
  | 'limitPerAccount'
  | 'limitPerDevice'
  | 'placements'
  | 'stackGroup'
  | 'funding'
  | 'sharing'
  | 'charset'
  | 'length'
  | 'count'
  | 'prefix';

export type FieldErrors = Partial<Record<FormField, string>>;

const num = (v: number | string | '' | undefined | null): number | null =>
  v === '' || v == null || (typeof v === 'string' && v.trim() === '') ? null : Number(v);

/** A datetime-local value as an ISO instant (null when empty or unreadable). */
export function isoOf(local: string): string | null {
  if (!local) return null;
  const t = Date.parse(local);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** An ISO instant as a datetime-local value in the browser's zone. */
export function localOf(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** The denomination in API units (minor units, bp), for the kind's own fields only. */
export function denominated(draft: TemplateDraft): Denominated {
  const out = Object.fromEntries(Object.keys(FIELDS).map((k) => [k, null])) as unknown as Denominated;
  for (const f of shownFields(draft.kind, draft.denomination)) {
    const spec: FieldSpec = FIELDS[f];
    const raw = draft.denomination[f];
    if (spec.unit === 'list') {
      const names =
        typeof raw === 'string'
          ? raw
              .split(',')
              .map((x) => x.trim())
              .filter(Boolean)
          : [];
      (out as Record<string, unknown>)[f] = names.length ? names : null;
      continue;
    }
    if (spec.unit === 'flag') {
      (out as Record<string, unknown>)[f] = raw === 'yes' ? true : null;
      continue;
    }
    if (spec.unit === 'text' || spec.unit === 'choice') {
      const text = typeof raw === 'string' && raw.trim() ? raw.trim() : null;
      // A choice another kind offers (kept in the draft when the kind changed) is not this kind's.
      const offered = spec.unit !== 'choice' || KINDS[draft.kind].applyTo?.some((a) => a === text);
      (out as Record<string, unknown>)[f] = offered ? text : null;
      continue;
    }
    const n = num(raw);
    if (n == null || !Number.isFinite(n)) continue;
    (out as Record<string, unknown>)[f] =
      spec.unit === 'money' ? toMinor(n) : spec.unit === 'percent' ? Math.round(n * 100) : Math.round(n);
  }
  return out;
}

const seconds = (v: number | '', unit: DurationUnit): number | null => {
  const n = num(v);
  return n == null ? null : Math.round(n * DURATION_SECONDS[unit]);
};

export const validForSeconds = (d: TemplateDraft) =>
  d.validity === 'RELATIVE' ? seconds(d.validFor, d.validForUnit) : null;
export const validAfterSeconds = (d: TemplateDraft) =>
  d.validity === 'RELATIVE' ? (seconds(d.validAfter, d.validAfterUnit) ?? 0) : 0;

export const quotaUnits = (d: TemplateDraft): number | null => {
  const total = num(d.quotaTotal);
  if (total != null) return total;
  return d.quotaBatches.length ? d.quotaBatches.reduce((s, b) => s + (num(b.units) ?? 0), 0) : null;
};

/** Every check the console makes before sending; an empty object means the draft may be sent. */
export function validate(d: TemplateDraft, budgeted = false): FieldErrors {
  const e: FieldErrors = {};
  if (!d.name.trim()) e.name = 'Give the template a name';
  const kind = KINDS[d.kind];
  for (const f of shownFields(d.kind, d.denomination)) {
    const spec = FIELDS[f];
    const raw = d.denomination[f];
    const label = wordsOf(d.kind, f).label;
    if (spec.unit === 'list' || spec.unit === 'flag') continue;
    if (spec.unit === 'text' || spec.unit === 'choice') {
      if (kind.required.includes(f) && !(typeof raw === 'string' && raw.trim()))
        e[f] = `${label} is required`;
      continue;
    }
    const n = num(raw);
    if (n == null) {
      if (kind.required.includes(f)) e[f] = `${label} is required`;
      continue;
    }
    if (!Number.isFinite(n)) e[f] = 'Enter a number';
    else if (n < 0) e[f] = 'Must not be negative';
    else if ('max' in spec && n > spec.max)
      e[f] = spec.unit === 'percent' ? `At most ${spec.max} %` : `At most ${spec.max}`;
    else if ('min' in spec && n < spec.min)
      e[f] = spec.min > 0 ? 'Must be more than 0' : 'Must not be negative';
    else if (spec.unit === 'count' && !Number.isInteger(n)) e[f] = 'Whole numbers only';
  }
  unitChecks(d, e);
  const bound = boundOf(d.kind, denominated(d));
  if (budgeted && bound && !e[bound] && num(d.denomination[bound]) == null)
    e[bound] = `A campaign with a budget needs this (it bounds what one coupon can cost)`;

  const from = isoOf(d.validFrom);
  const until = isoOf(d.validUntil);
  if (d.validFrom && !from) e.validFrom = 'Not a date';
  if (d.validUntil && !until) e.validUntil = 'Not a date';
  if (d.validity === 'ABSOLUTE') {
    if (!d.validUntil) e.validUntil = 'Set when the coupon stops being valid';
    else if (from && until && Date.parse(until) <= Date.parse(from)) e.validUntil = 'Must be after the start';
  } else {
    const forS = num(d.validFor);
    if (forS == null) e.validFor = 'Set how long a coupon stays valid';
    else if (forS <= 0) e.validFor = 'Must be more than 0';
    const after = num(d.validAfter);
    if (after != null && after < 0) e.validAfter = 'Must not be negative';
  }
  const cs = isoOf(d.claimStartsAt);
  const ce = isoOf(d.claimEndsAt);
  if (cs && ce && Date.parse(ce) <= Date.parse(cs)) e.claimEndsAt = 'Must be after the claim start';

  const quota = num(d.quotaTotal);
  if (quota != null && (quota < 0 || !Number.isInteger(quota))) e.quotaTotal = 'A whole number, 0 or more';
  d.quotaBatches.forEach((b, i) => {
    const u = num(b.units);
    if (!isoOf(b.releaseAt)) e.quotaBatches = `Batch ${i + 1}: set its release time`;
    else if (u == null || u < 1 || !Number.isInteger(u)) e.quotaBatches = `Batch ${i + 1}: at least 1 unit`;
  });
  const batchUnits = d.quotaBatches.reduce((s, b) => s + (num(b.units) ?? 0), 0);
  if (!e.quotaBatches && quota != null && batchUnits > quota)
    e.quotaBatches = `Batches release ${batchUnits} units, more than the quota of ${quota}`;

  for (const k of ['limitPerAccount', 'limitPerDevice'] as const) {
    const n = num(d[k]);
    if (n != null && (n < 1 || !Number.isInteger(n))) e[k] = 'A whole number, 1 or more';
  }
  if (d.placements.length === 0) e.placements = 'Pick at least one place where users find it';

  const sharingError = sharingCheck(d.sharing);
  if (sharingError) e.sharing = sharingError;

  const shares = [d.platformShare, d.merchantShare, d.brandShare].map(num);
  if (shares.some((s) => s != null && (s < 0 || s > 100))) e.funding = 'Each share is between 0 and 100 %';
  else if (shares.reduce<number>((a, s) => a + (s ?? 0), 0) !== 100)
    e.funding = 'Shares must add up to 100 %';
  return e;
}

/** The share-pack option's own checks (null when it is off or fine). */
function sharingCheck(s: SharingDraft): string | null {
  if (!s.enabled) return null;
  if (!s.friendTemplateId.trim()) return 'Name the template friends get a coupon of';
  const n = num(s.packSize);
  if (n == null || n < 1 || n > 1000 || !Number.isInteger(n)) return 'A pack serves 1 to 1 000 friends';
  const exp = num(s.expiresIn);
  if (exp == null || exp <= 0) return 'Set how long a share stays open';
  if (s.rewardTemplateId.trim() && s.rewardWhen === 'CLAIMS') {
    const k = num(s.rewardAfterClaims);
    if (k == null || k < 1 || !Number.isInteger(k))
      return 'Set after how many friends the sharer is rewarded';
    if (k > n) return `The reward cannot need more friends (${k}) than the pack serves (${n})`;
  }
  return null;
}

/** The share-pack option as sent (null when off). */
export function sharingInput(s: SharingDraft): CreateTemplateInput['sharing'] {
  if (!s.enabled) return null;
  const reward = s.rewardTemplateId.trim();
  return {
    friendTemplateId: s.friendTemplateId.trim(),
    packSize: Number(s.packSize),
    expiresInSeconds: seconds(s.expiresIn, s.expiresInUnit) ?? 0,
    newUsersOnly: s.newUsersOnly,
    rewardWhen: s.rewardWhen,
    ...(reward
      ? {
          rewardTemplateId: reward,
          ...(s.rewardWhen === 'CLAIMS' ? { rewardAfterClaims: num(s.rewardAfterClaims) } : {}),
        }
      : {}),
  };
}

/** Unit mechanics: a set gets no more than it buys (unless a get SKU is named); per item needs items. */
function unitChecks(d: TemplateDraft, e: FieldErrors) {
  const den = denominated(d);
  if (
    d.kind === 'BUY_X_GET_Y' &&
    !e.getQuantity &&
    !e.buyQuantity &&
    den.buyQuantity != null &&
    den.getQuantity != null &&
    den.sku == null &&
    den.getCategories == null &&
    den.getSkus == null &&
    den.getQuantity > den.buyQuantity
  )
    e.getQuantity = 'At most the items bought (or name a get SKU or get set)';
  if (
    d.kind === 'SHIPPING_OFF' &&
    !e.amount &&
    !e.discountPercent &&
    (den.amount == null) === (den.discountPercent == null)
  )
    e.discountPercent = 'Either a percentage (100 % = free shipping) or an amount off, not both';
  const scoped = d.scope.includeSkus.length + d.scope.includeBrands.length + d.scope.includeCategories.length;
  if (den.applyTo && PER_UNIT.includes(den.applyTo) && scoped === 0)
    e.applyTo = 'Per item or per product needs SKUs, brands or categories under “Only these” in the scope';
}

const bp = (percent: number | '') => Math.round((num(percent) ?? 0) * 100);

/** The mutation input for a valid draft (only the kind's own fields; empty lists left out). */
export function toInput(d: TemplateDraft): CreateTemplateInput {
  const den = denominated(d);
  const input: CreateTemplateInput = {
    name: d.name.trim(),
    kind: d.kind,
    activate: d.activate,
    exclusive: d.exclusive,
    refundable: d.refundable,
    restoreOnExpiry: d.restoreOnExpiry,
    placements: d.placements,
    threshold: 0,
    validAfterSeconds: validAfterSeconds(d),
    quotaBatches: d.quotaBatches.map((b) => ({
      releaseAt: isoOf(b.releaseAt) ?? '',
      units: Number(b.units),
    })),
  };
  if (d.description.trim()) input.description = d.description.trim();
  if (d.campaignId) input.campaignId = d.campaignId;
  const own = Object.fromEntries(shownFields(d.kind, d.denomination).map((f) => [f, den[f]]));
  Object.assign(input, apiFields(own));
  if (d.validity === 'ABSOLUTE') {
    input.validFrom = isoOf(d.validFrom);
    input.validUntil = isoOf(d.validUntil);
  } else {
    input.validForSeconds = validForSeconds(d);
    // In relative mode an end date caps every coupon's window.
    if (d.validUntil) input.validUntil = isoOf(d.validUntil);
  }
  if (d.claimStartsAt) input.claimStartsAt = isoOf(d.claimStartsAt);
  if (d.claimEndsAt) input.claimEndsAt = isoOf(d.claimEndsAt);
  const quota = num(d.quotaTotal);
  if (quota != null) input.quotaTotal = quota;
  if (SCOPE_LISTS.some((k) => d.scope[k].length)) input.scope = { ...d.scope };
  if (d.audienceIds.length) input.audienceIds = d.audienceIds;
  if (d.limitFrequency) input.limitFrequency = d.limitFrequency;
  const perAccount = num(d.limitPerAccount);
  if (perAccount != null) input.limitPerAccount = perAccount;
  const perDevice = num(d.limitPerDevice);
  if (perDevice != null) input.limitPerDevice = perDevice;
  if (d.stackGroup) input.stackGroup = d.stackGroup;
  const sharing = sharingInput(d.sharing);
  if (sharing) input.sharing = sharing;
  const funding = {
    platformBp: bp(d.platformShare),
    merchantBp: bp(d.merchantShare),
    brandBp: bp(d.brandShare),
  };
  if (funding.platformBp !== 10_000 || d.fundingMerchantId || d.fundingBrandId)
    input.funding = {
      ...funding,
      ...(d.fundingMerchantId.trim() ? { merchantId: d.fundingMerchantId.trim() } : {}),
      ...(d.fundingBrandId.trim() ? { brandId: d.fundingBrandId.trim() } : {}),
    };
  return input;
}

/** API input fields whose form field has another name. */
const RENAMED: Record<string, FormField> = {
  ...Object.fromEntries(Object.entries(FIELDS).map(([k, s]) => [s.input, k as KindField])),
  validForSeconds: 'validFor',
  validAfterSeconds: 'validAfter',
  templateId: 'name',
};

const FORM_FIELDS = new Set<string>([
  ...Object.keys(FIELDS),
  ...Object.keys(emptyDraft()).filter((k) => k !== 'denomination' && k !== 'scope'),
  ...SCOPE_LISTS,
  'funding',
  'charset',
  'length',
  'count',
  'prefix',
]);

/**
 * The form field a server path names: "input.discountBp" → discountPercent, "scope.includeSkus" →
 * includeSkus, "quotaBatches[0].units" → quotaBatches, "input.funding" → funding; null for a path
 * the form has no field for.
 */
export function formFieldOf(path: string | undefined | null): FormField | null {
  if (!path) return null;
  const parts = path
    .replace(/\[\d+\]/g, '')
    .split('.')
    .filter((p) => p && p !== 'input');
  if (parts.length === 0) return null;
  const [head, second] = parts as [string, string | undefined];
  if (head === 'scope' && second) return FORM_FIELDS.has(second) ? (second as FormField) : null;
  if (head === 'funding') return 'funding';
  if (head === 'sharing') return 'sharing';
  const name = RENAMED[head] ?? head;
  return FORM_FIELDS.has(name) ? (name as FormField) : null;
}

/** A server message without its "input.field: " prefix. */
const stripPath = (message: string) => message.replace(/^[\w.[\]]+: /, '');

/**
 * Splits a failed mutation's errors: BAD_USER_INPUT naming a form field goes beside it; anything else
 * is for the whole form.
 */
export function serverErrors(error: CombinedError): { fields: FieldErrors; form: string[] } {
  const fields: FieldErrors = {};
  const form: string[] = [];
  for (const g of error.graphQLErrors) {
    const ext = g.extensions ?? {};
    const list = Array.isArray(ext.fields)
      ? (ext.fields as { field: string; message: string }[])
      : [{ field: typeof ext.field === 'string' ? ext.field : '', message: g.message }];
    for (const item of list) {
      const f = ext.code === 'BAD_USER_INPUT' ? formFieldOf(item.field) : null;
      if (f && !fields[f]) fields[f] = stripPath(item.message);
      else if (!f) form.push(g.message);
    }
  }
  if (error.networkError) form.push(`Network error: ${error.networkError.message}`);
  return { fields, form: [...new Set(form)] };
}

/** A saved template as a draft (for its preview and for "duplicate"). */
export function draftOf(t: TemplateQuery['template']): TemplateDraft {
  const d = emptyDraft(t.kind, t.campaignId);
  const denomination: TemplateDraft['denomination'] = {};
  for (const f of KINDS[t.kind].fields) {
    const spec: FieldSpec = FIELDS[f];
    if (spec.unit === 'list' || spec.unit === 'flag') {
      const v =
        spec.unit === 'flag'
          ? t.multiplePerOrder
            ? 'yes'
            : null
          : ((t.getScope as Record<string, string[]> | null)?.[spec.scopeKey!] ?? []).join(', ') || null;
      if (v != null) denomination[f] = v;
      continue;
    }
    const v = (t as unknown as Record<string, number | string | null>)[spec.input];
    if (v == null) continue;
    denomination[f] =
      spec.unit === 'money'
        ? toMajor(Number(v))
        : spec.unit === 'percent'
          ? Number(v) / 100
          : spec.unit === 'count'
            ? Number(v)
            : String(v);
  }
  const relative = t.validForSeconds != null;
  const unitOf = (s: number): DurationUnit =>
    s % 86_400 === 0 ? 'days' : s % 3600 === 0 ? 'hours' : 'minutes';
  const forUnit = relative ? unitOf(t.validForSeconds!) : 'days';
  const afterUnit = unitOf(t.validAfterSeconds || 86_400);
  return {
    ...d,
    name: t.name,
    description: t.description ?? '',
    denomination,
    validity: relative ? 'RELATIVE' : 'ABSOLUTE',
    validFrom: localOf(t.validFrom),
    validUntil: localOf(t.validUntil),
    validFor: relative ? t.validForSeconds! / DURATION_SECONDS[forUnit] : '',
    validForUnit: forUnit,
    validAfter: t.validAfterSeconds / DURATION_SECONDS[afterUnit],
    validAfterUnit: afterUnit,
    claimStartsAt: localOf(t.claimStartsAt),
    claimEndsAt: localOf(t.claimEndsAt),
    quotaTotal: t.quotaTotal ?? '',
    quotaBatches: t.quotaBatches.map((b) => ({ releaseAt: localOf(b.releaseAt), units: b.units })),
    restoreOnExpiry: t.restoreOnExpiry,
    scope: { ...t.scope },
    audienceIds: [...t.audienceIds],
    limitFrequency: t.limitFrequency,
    limitPerAccount: t.limitPerAccount ?? '',
    limitPerDevice: t.limitPerDevice ?? '',
    placements: [...t.placements],
    stackGroup: t.stackGroup,
    exclusive: t.exclusive,
    platformShare: t.funding.platformBp / 100,
    merchantShare: t.funding.merchantBp / 100,
    brandShare: t.funding.brandBp / 100,
    fundingMerchantId: t.funding.merchantId ?? '',
    fundingBrandId: t.funding.brandId ?? '',
    refundable: t.refundable,
    sharing: t.sharing
      ? {
          enabled: true,
          friendTemplateId: t.sharing.friendTemplateId,
          packSize: t.sharing.packSize,
          expiresIn: t.sharing.expiresInSeconds / DURATION_SECONDS[unitOf(t.sharing.expiresInSeconds)],
          expiresInUnit: unitOf(t.sharing.expiresInSeconds),
          newUsersOnly: t.sharing.newUsersOnly,
          rewardTemplateId: t.sharing.rewardTemplateId ?? '',
          rewardWhen: t.sharing.rewardWhen,
          rewardAfterClaims: t.sharing.rewardAfterClaims ?? '',
        }
      : emptySharing(),
    activate: false,
  };
}

/** What updateTemplate may change (UpdateTemplateInput); everything else is fixed at creation. */
export const EDITABLE = [
  'name',
  'description',
  'claimStartsAt',
  'claimEndsAt',
  'quotaTotal',
  'limitPerAccount',
  'limitFrequency',
  'limitPerDevice',
  'placements',
  'refundable',
  'audienceIds',
] as const satisfies readonly (keyof TemplateDraft)[];
const EDITABLE_FIELDS = new Set<string>(EDITABLE);

/** The console's checks that concern what an edit may change (a fixed field cannot be corrected). */
export function editableChecks(errors: FieldErrors): FieldErrors {
  return Object.fromEntries(Object.entries(errors).filter(([f]) => EDITABLE_FIELDS.has(f))) as FieldErrors;
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');

/**
 * The updateTemplate input for an edit: only what changed from the saved template, a cleared field
 * as null (no claim start, unlimited quota, no limit); an empty object when nothing changed.
 */
export function toUpdateInput(before: TemplateDraft, after: TemplateDraft): UpdateTemplateInput {
  const input: UpdateTemplateInput = {};
  if (after.name.trim() !== before.name.trim()) input.name = after.name.trim();
  if (after.description.trim() !== before.description.trim())
    input.description = after.description.trim() || null;
  for (const k of ['claimStartsAt', 'claimEndsAt'] as const)
    if (isoOf(after[k]) !== isoOf(before[k])) input[k] = isoOf(after[k]);
  for (const k of ['quotaTotal', 'limitPerAccount', 'limitPerDevice'] as const)
    if (num(after[k]) !== num(before[k])) input[k] = num(after[k]);
  if (after.limitFrequency !== before.limitFrequency) input.limitFrequency = after.limitFrequency;
  if (!sameList(after.placements, before.placements)) input.placements = after.placements;
  if (!sameList(after.audienceIds, before.audienceIds)) input.audienceIds = after.audienceIds;
  if (after.refundable !== before.refundable) input.refundable = after.refundable;
  return input;
}
