import { describe, expect, it } from 'vitest';
import { applyTransition, CAMPAIGN_LIFECYCLE, nextStatus } from './lifecycle';

describe('life cycles', () => {
  it('campaigns: ACTIVE ⇄ PAUSED → ENDED, and nothing leaves ENDED', () => {
    expect(nextStatus(CAMPAIGN_LIFECYCLE, 'pause', 'ACTIVE')).toBe('PAUSED');
    expect(nextStatus(CAMPAIGN_LIFECYCLE, 'resume', 'PAUSED')).toBe('ACTIVE');
    expect(nextStatus(CAMPAIGN_LIFECYCLE, 'end', 'PAUSED')).toBe('ENDED');
    for (const action of ['pause', 'resume', 'end'] as const)
      expect(nextStatus(CAMPAIGN_LIFECYCLE, action, 'ENDED')).toBeNull();
    expect(nextStatus(CAMPAIGN_LIFECYCLE, 'resume', 'ACTIVE')).toBeNull();
  });

  it('applies a transition as a conditional update and refuses, naming the status, when nothing changed', async () => {
    const calls: unknown[] = [];
    await applyTransition(CAMPAIGN_LIFECYCLE, 'campaign', 'end', 'ACTIVE', async (to, from) => {
      calls.push([to, from]);
      return 1;
    });
    expect(calls).toEqual([['ENDED', ['ACTIVE', 'PAUSED']]]);
    await expect(
      applyTransition(CAMPAIGN_LIFECYCLE, 'campaign', 'pause', 'ENDED', async () => 0),
    ).rejects.toMatchObject({
      message: 'id: cannot pause a campaign that is ENDED',
      extensions: { code: 'BAD_USER_INPUT', field: 'id', status: 'ENDED' },
    });
  });
});
