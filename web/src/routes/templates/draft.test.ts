import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { type TemplateDraft, emptyDraft, formFieldOf, serverErrors, toInput, validate } from './draft';
import { KINDS } from './kinds';
import { duration, previewOf, scopeText, validityText } from './preview';
import { impactOf } from './TemplateFigures';

const draft = (over: Partial<TemplateDraft> = {}): TemplateDraft => ({
  ...emptyDraft(),
  name: 'Welcome',
  ...over,
});

describe('validity in words', () => {
  it('says relative validity as the wallet does', () => {
    expect(validityText({ validForSeconds: 7 * 86_400 })).toBe('valid 7 days after claiming');
    expect(validityText({ validForSeconds: 3600 })).toBe('valid 1 hour after claiming');
    expect(validityText({ validForSeconds: 2 * 86_400, validAfterSeconds: 86_400 })).toBe(
      'usable 1 day after claiming, then valid 2 days',
    );
    expect(validityText({ validForSeconds: 86_400, validUntil: '2026-12-31T12:00:00.000Z' })).toMatch(
      /^valid 1 day after claiming, never after Dec 31, 2026/,
    );
  });

  it('says absolute validity with and without a start', () => {
    expect(validityText({ validUntil: '2026-12-31T12:00:00.000Z' })).toMatch(/^valid until Dec 31, 2026/);
    expect(
      validityText({ validFrom: '2026-12-01T12:00:00.000Z', validUntil: '2026-12-31T12:00:00.000Z' }),
    ).toMatch(/^valid Dec 1, 2026, .* – Dec 31, 2026/);
    expect(validityText({})).toBe('validity not set');
  });

  it('turns the draft’s relative fields into the preview', () => {
    const p = previewOf(
      draft({ validFor: 12, validForUnit: 'hours', validAfter: 30, validAfterUnit: 'minutes' }),
    );
    expect(p.validity).toBe('usable 30 minutes after claiming, then valid 12 hours');
    expect(duration(90 * 60)).toBe('90 minutes');
  });
});

describe('wallet preview', () => {
  it('reads value and threshold in major units', () => {
    const p = previewOf(draft({ denomination: { amount: 5, threshold: 50 } }));
    expect(p.headline).toBe('$5.00 off');
    expect(p.threshold).toBe('on $50.00 or more');
    expect(previewOf(draft({ denomination: { amount: 5 } })).threshold).toBe('no minimum spend');
  });

  it('reads each kind’s headline', () => {
    expect(
      previewOf(draft({ kind: 'PERCENT_OFF', denomination: { discountPercent: 12.5, cap: 20 } })).headline,
    ).toBe('12.5 % off, up to $20.00');
    expect(
      previewOf(draft({ kind: 'STEP_AMOUNT_OFF', denomination: { amount: 5, step: 50, cap: 30 } })).headline,
    ).toBe('$5.00 off every $50.00 spent, up to $30.00');
    expect(previewOf(draft({ kind: 'MERCHANDISE', denomination: { sku: 'MUG-1', units: 2 } })).headline).toBe(
      '2 × MUG-1 free',
    );
    expect(previewOf(draft({ kind: 'CASH', denomination: { balance: 10 } })).headline).toBe(
      '$10.00 to spend',
    );
    expect(previewOf(draft({ kind: 'CASH', denomination: { balance: 10 } })).threshold).toBeNull();
    expect(
      previewOf(
        draft({ kind: 'INTEREST_RATE', denomination: { ratePercent: 1.5, days: 30, principalCap: 1000 } }),
      ).headline,
    ).toBe('+1.5 % a year for 30 days on up to $1,000.00');
  });

  it('summarises the scope', () => {
    const scope = { ...emptyDraft().scope };
    expect(scopeText(scope)).toBe('At every store');
    expect(
      scopeText({
        ...scope,
        merchantIds: ['m-1'],
        includeBrands: ['Acme'],
        excludeCategories: ['alcohol', 'tobacco'],
      }),
    ).toBe('At stores m-1 · only brands Acme · except categories alcohol, tobacco');
  });
});

describe('checks before sending', () => {
  it('refuses negative amounts, percent over 100 % and an end before its start, each on its field', () => {
    expect(validate(draft({ denomination: { amount: -5 } })).amount).toBe('Must not be negative');
    expect(
      validate(draft({ kind: 'PERCENT_OFF', denomination: { discountPercent: 150 } })).discountPercent,
    ).toBe('At most 100 %');
    expect(
      validate(draft({ validity: 'ABSOLUTE', validFrom: '2026-12-10T10:00', validUntil: '2026-12-01T10:00' }))
        .validUntil,
    ).toBe('Must be after the start');
    expect(validate(draft({ denomination: { amount: 5 } }))).toEqual({});
  });

  it('requires the kind’s own fields and, in a budgeted campaign, the one that bounds its value', () => {
    expect(validate(draft({ kind: 'STEP_AMOUNT_OFF' }))).toMatchObject({
      amount: 'Amount off is required',
      step: 'For every is required',
    });
    const pct = draft({ kind: 'PERCENT_OFF', denomination: { discountPercent: 10 } });
    expect(validate(pct).cap).toBeUndefined();
    expect(validate(pct, true).cap).toMatch(/budget/);
  });

  it('checks funding shares and batches against the quota', () => {
    const d = draft({ denomination: { amount: 1 }, platformShare: 50, merchantShare: 20 });
    expect(validate(d).funding).toBe('Shares must add up to 100 %');
    const b = draft({
      denomination: { amount: 1 },
      quotaTotal: 10,
      quotaBatches: [{ releaseAt: '2026-12-10T10:00', units: 20 }],
    });
    expect(validate(b).quotaBatches).toBe('Batches release 20 units, more than the quota of 10');
  });
});

describe('the input sent', () => {
  it('sends only the kind’s fields, in minor units and basis points', () => {
    const d = draft({
      kind: 'PERCENT_OFF',
      // amount was typed before switching kind: not sent
      denomination: { amount: 7, discountPercent: 9.5, cap: 12.34, threshold: 20 },
    });
    const input = toInput(d);
    expect(input).toMatchObject({ kind: 'PERCENT_OFF', discountBp: 950, cap: 1234, threshold: 2000 });
    expect(input).not.toHaveProperty('amount');
    expect(input.validForSeconds).toBe(7 * 86_400);
    expect(input.funding).toBeUndefined();
  });

  it('every kind sends exactly the API fields of its table entry', () => {
    for (const [kind, spec] of Object.entries(KINDS)) {
      // The per-item choice where the kind has one, so that maxUnits is shown and sent too.
      const applyTo = spec.applyTo?.find((a) => a === 'EACH_UNIT') ?? spec.applyTo?.[0];
      const denomination = Object.fromEntries(
        spec.fields.map((f) => [
          f,
          f === 'sku'
            ? 'SKU-1'
            : f === 'applyTo'
              ? applyTo!
              : f === 'multiplePerOrder'
                ? 'yes'
                : f === 'getCategories' || f === 'getSkus'
                  ? 'a, b'
                  : 3,
        ]),
      );
      const input = toInput(draft({ kind: kind as TemplateDraft['kind'], denomination }));
      const sent = [
        'amount',
        'discountBp',
        'cap',
        'step',
        'sku',
        'units',
        'unitValue',
        'balance',
        'rateBp',
        'days',
        'applyTo',
        'maxUnits',
        'minQuantity',
        'buyQuantity',
        'getQuantity',
        'maxApplications',
        'principalCap',
        'minTermDays',
        'getScope',
        'multiplePerOrder',
      ].filter((k) => k in input);
      const renamed: Record<string, string> = {
        discountPercent: 'discountBp',
        ratePercent: 'rateBp',
        getCategories: 'getScope',
        getSkus: 'getScope',
      };
      expect(sent.sort(), kind).toEqual([
        ...new Set(
          spec.fields
            .filter((f) => f !== 'threshold')
            .map((f) => renamed[f as string] ?? f)
            .sort(),
        ),
      ]);
      if (kind === 'BUY_X_GET_Y')
        expect(input.getScope).toEqual({ includeCategories: ['a', 'b'], includeSkus: ['a', 'b'] });
      if (kind === 'CASH') expect(input.multiplePerOrder).toBe(true);
    }
  });
});

describe('server errors', () => {
  it('maps the server’s field paths to form fields', () => {
    expect(formFieldOf('input.amount')).toBe('amount');
    expect(formFieldOf('input.discountBp')).toBe('discountPercent');
    expect(formFieldOf('input.rateBp')).toBe('ratePercent');
    expect(formFieldOf('input.validAfterSeconds')).toBe('validAfter');
    expect(formFieldOf('validForSeconds')).toBe('validFor');
    expect(formFieldOf('scope.includeSkus')).toBe('includeSkus');
    expect(formFieldOf('quotaBatches[0].units')).toBe('quotaBatches');
    expect(formFieldOf('input.funding')).toBe('funding');
    for (const f of ['getQuantity', 'buyQuantity', 'applyTo', 'maxUnits', 'minQuantity'])
      expect(formFieldOf(`input.${f}`)).toBe(f);
    expect(formFieldOf('funding.merchantBp')).toBe('funding');
    expect(formFieldOf('input.charset')).toBe('charset');
    expect(formFieldOf('input.somethingElse')).toBeNull();
  });

  it('puts BAD_USER_INPUT beside its field and anything else on the form', () => {
    const error = new CombinedError({
      graphQLErrors: [
        {
          message: 'input.cap: a PERCENT_OFF template in a campaign with a budget needs cap',
          extensions: { code: 'BAD_USER_INPUT', field: 'input.cap' },
        },
        {
          message: 'threshold: threshold must not be less than 0; scope.includeSkus: each value must match',
          extensions: {
            code: 'BAD_USER_INPUT',
            field: 'threshold',
            fields: [
              { field: 'threshold', message: 'threshold must not be less than 0' },
              { field: 'scope.includeSkus', message: 'each value in includeSkus must match' },
            ],
          },
        },
        { message: 'this operation needs staff:write', extensions: { code: 'FORBIDDEN' } },
      ],
    });
    const { fields, form } = serverErrors(error);
    expect(fields).toEqual({
      cap: 'a PERCENT_OFF template in a campaign with a budget needs cap',
      threshold: 'threshold must not be less than 0',
      includeSkus: 'each value in includeSkus must match',
    });
    expect(form).toEqual(['this operation needs staff:write']);
  });
});

describe('cost before saving', () => {
  it('is the most one coupon is worth, times the quota, at the campaign’s redemption rate', () => {
    const d = draft({
      kind: 'PERCENT_OFF',
      denomination: { discountPercent: 10, cap: 20 },
      quotaTotal: 1000,
    });
    const campaign = {
      id: 'c',
      name: 'Spring',
      budget: 1_000_000,
      budgetStatus: { headroom: 900_000, redemptionRateBp: 2500 },
    };
    expect(impactOf(d, campaign)).toEqual({
      maxValue: 2000,
      quota: 1000,
      worstCase: 2_000_000,
      expected: 500_000,
      headroom: 900_000,
    });
    expect(
      impactOf(draft({ kind: 'PERCENT_OFF', denomination: { discountPercent: 10 } }), null).maxValue,
    ).toBeNull();
    expect(
      impactOf(
        draft({ kind: 'INTEREST_RATE', denomination: { ratePercent: 3.65, days: 100, principalCap: 1000 } }),
        null,
      ).maxValue,
    ).toBe(1000);
  });
});

describe('interest-rate and share-pack options', () => {
  it('an interest-rate template sends its minimum principal and shortest term, and the wallet says them', () => {
    const d = draft({
      kind: 'INTEREST_RATE',
      denomination: { ratePercent: 1, days: 30, principalCap: 10_000, threshold: 1_000, minTermDays: 7 },
    });
    expect(validate(d)).toEqual({});
    expect(toInput(d)).toMatchObject({
      rateBp: 100,
      days: 30,
      principalCap: 1_000_000,
      threshold: 100_000,
      minTermDays: 7,
    });
    expect(previewOf(d).threshold).toBe('when you invest $1,000.00 or more, for 7 days or more');
    expect(
      validate(
        draft({
          kind: 'INTEREST_RATE',
          denomination: { ratePercent: 1, days: 30, principalCap: 1, minTermDays: 0 },
        }),
      ).minTermDays,
    ).toBeDefined();
  });

  it('sends a share pack with its reward, checks it beside the sharing field, and previews it', () => {
    const sharing = {
      ...emptyDraft().sharing,
      enabled: true,
      friendTemplateId: 'tpl_friend',
      packSize: 3 as const,
      expiresIn: 2 as const,
      expiresInUnit: 'days' as const,
      newUsersOnly: true,
      rewardTemplateId: 'tpl_reward',
      rewardAfterClaims: 2 as const,
    };
    const d = draft({ denomination: { amount: 5 }, sharing });
    expect(validate(d)).toEqual({});
    expect(toInput(d).sharing).toEqual({
      friendTemplateId: 'tpl_friend',
      packSize: 3,
      expiresInSeconds: 172_800,
      newUsersOnly: true,
      rewardWhen: 'CLAIMS',
      rewardTemplateId: 'tpl_reward',
      rewardAfterClaims: 2,
    });
    expect(previewOf(d).sharing).toBe(
      'Share with 3 new friends: each gets a coupon; you are rewarded when 2 have joined',
    );
    expect(
      validate(draft({ denomination: { amount: 5 }, sharing: { ...sharing, rewardAfterClaims: 4 } })).sharing,
    ).toMatch(/cannot need more friends/);
    expect(
      validate(draft({ denomination: { amount: 5 }, sharing: { ...sharing, friendTemplateId: ' ' } }))
        .sharing,
    ).toBeDefined();
    expect(toInput(draft({ denomination: { amount: 5 } })).sharing).toBeUndefined();
    expect(previewOf(draft({ denomination: { amount: 5 } })).sharing).toBeNull();
    expect(formFieldOf('input.sharing.rewardAfterClaims')).toBe('sharing');
  });
});
