// What a user reads in the wallet for a template: its value, its minimum spend, its validity in words
// ("valid 7 days after claiming"), where it applies and how many one may claim. Pure; the form's live
// preview and the tests use it.
import type { CouponKind } from '../../gql/graphql';
import { dateTime } from '../../lib/format';
import { money } from '../../lib/money';
import { type Denominated, KINDS } from './kinds';
import {
  type ScopeList,
  type TemplateDraft,
  denominated,
  isoOf,
  validAfterSeconds,
  validForSeconds,
} from './draft';

/** 604 800 → "7 days", 5 400 → "90 minutes", 86 400 → "1 day". */
export function duration(seconds: number): string {
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (seconds % 86_400 === 0) return plural(seconds / 86_400, 'day');
  if (seconds % 3600 === 0) return plural(seconds / 3600, 'hour');
  if (seconds % 60 === 0) return plural(seconds / 60, 'minute');
  return plural(seconds, 'second');
}

export interface ValidityRule {
  validFrom?: string | null;
  validUntil?: string | null;
  validForSeconds?: number | null;
  validAfterSeconds?: number | null;
}

/** The validity in words, as the wallet says it. */
export function validityText(v: ValidityRule): string {
  const until = v.validUntil ? dateTime(v.validUntil) : null;
  if (v.validForSeconds != null && v.validForSeconds > 0) {
    const after = v.validAfterSeconds ?? 0;
    const base =
      after > 0
        ? `usable ${duration(after)} after claiming, then valid ${duration(v.validForSeconds)}`
        : `valid ${duration(v.validForSeconds)} after claiming`;
    return until ? `${base}, never after ${until}` : base;
  }
  if (!until) return 'validity not set';
  return v.validFrom ? `valid ${dateTime(v.validFrom)} – ${until}` : `valid until ${until}`;
}

export function thresholdText(kind: CouponKind, d: Denominated): string | null {
  if (kind === 'INTEREST_RATE') {
    const parts = [
      d.threshold ? `when you invest ${money(d.threshold)} or more` : 'any principal',
      ...(d.minTermDays ? [`for ${d.minTermDays} day${d.minTermDays === 1 ? '' : 's'} or more`] : []),
    ];
    return parts.join(', ');
  }
  const items = d.minQuantity
    ? `when you buy ${d.minQuantity} item${d.minQuantity === 1 ? '' : 's'} or more`
    : null;
  if (!KINDS[kind].fields.includes('threshold')) return items;
  const spend = d.threshold ? `on ${money(d.threshold)} or more` : 'no minimum spend';
  return items ? (d.threshold ? `${spend}, ${items}` : items) : spend;
}

const SCOPE_WORDS: Record<ScopeList, string> = {
  merchantIds: 'stores',
  includeSkus: 'products',
  excludeSkus: 'products',
  includeBrands: 'brands',
  excludeBrands: 'brands',
  includeCategories: 'categories',
  excludeCategories: 'categories',
};

const list = (items: readonly string[]) =>
  items.length <= 3 ? items.join(', ') : `${items.slice(0, 3).join(', ')} and ${items.length - 3} more`;

/** "Every store" / "At stores m-1 · only brands Acme · except categories alcohol". */
export function scopeText(scope: Record<ScopeList, readonly string[]>): string {
  const parts: string[] = [];
  parts.push(
    scope.merchantIds.length ? `at ${SCOPE_WORDS.merchantIds} ${list(scope.merchantIds)}` : 'at every store',
  );
  for (const k of ['includeSkus', 'includeBrands', 'includeCategories'] as const)
    if (scope[k].length) parts.push(`only ${SCOPE_WORDS[k]} ${list(scope[k])}`);
  for (const k of ['excludeSkus', 'excludeBrands', 'excludeCategories'] as const)
    if (scope[k].length) parts.push(`except ${SCOPE_WORDS[k]} ${list(scope[k])}`);
  const text = parts.join(' · ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface WalletPreview {
  headline: string;
  threshold: string | null;
  validity: string;
  scope: string;
  limits: string | null;
  /** "Share with 3 friends: each gets a coupon" (share packs), or null. */
  sharing: string | null;
}

/** The share-pack option in the wallet's words. */
export function sharingText(draft: TemplateDraft): string | null {
  const s = draft.sharing;
  const n = Number(s.packSize);
  if (!s.enabled || !Number.isInteger(n) || n < 1) return null;
  const who = s.newUsersOnly ? 'new friends' : 'friends';
  const head = `Share with ${n} ${n === 1 ? who.replace(/s$/, '') : who}: each gets a coupon`;
  if (!s.rewardTemplateId.trim()) return head;
  if (s.rewardWhen === 'FIRST_PAYMENT') return `${head}; you are rewarded when the first one pays`;
  const k = Number(s.rewardAfterClaims);
  return Number.isInteger(k) && k > 0
    ? `${head}; you are rewarded when ${k} ${k === 1 ? 'has' : 'have'} joined`
    : head;
}

export function previewOf(draft: TemplateDraft): WalletPreview {
  const d = denominated(draft);
  const limits: string[] = [];
  if (draft.limitPerAccount !== '') limits.push(`${draft.limitPerAccount} per account`);
  if (draft.limitPerDevice !== '') limits.push(`${draft.limitPerDevice} per device`);
  if (draft.limitFrequency === 'DAILY') limits.push('once a day');
  if (draft.limitFrequency === 'ONCE') limits.push('once');
  if (draft.limitFrequency === 'AFTER_USE') limits.push('again after using it');
  return {
    headline: KINDS[draft.kind].headline(d),
    threshold: thresholdText(draft.kind, d),
    validity: validityText(
      draft.validity === 'ABSOLUTE'
        ? { validFrom: isoOf(draft.validFrom), validUntil: isoOf(draft.validUntil) }
        : {
            validForSeconds: validForSeconds(draft),
            validAfterSeconds: validAfterSeconds(draft),
            validUntil: isoOf(draft.validUntil),
          },
    ),
    scope: scopeText(draft.scope),
    limits: limits.length ? `Claim ${limits.join(', ')}` : null,
    sharing: sharingText(draft),
  };
}
