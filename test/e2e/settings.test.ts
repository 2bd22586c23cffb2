// The deployment's settings a console reads before showing money: the currency is the server's
// CURRENCY, for any signed-in caller, and refused without a credential.
import { describe, expect, it } from 'vitest';
import { useServer } from '../support/fixture';

const srv = useServer({ env: { CURRENCY: 'JPY' } });

describe('settings', () => {
  it('tells a signed-in caller the configured currency', async () => {
    const r = await srv.staff.raw('{ settings { currency } }');
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ settings: { currency: 'JPY' } });
  });

  it('refuses a caller without a credential', async () => {
    const r = await srv.anon.raw('{ settings { currency } }');
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
