import { describe, expect, it } from 'vitest';
import { checkWebhookUrl, isBlockedAddress, safeLookup } from './url-safety';

describe('webhook URL safety', () => {
  it.each([
    '127.0.0.1',
    '127.9.9.9',
    '10.0.0.1',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '198.18.0.1',
    '::1',
    '::',
    'fe80::1',
    'fc00::1',
    'fd12:3456::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:10.0.0.1',
    '64:ff9b::a00:1',
    '2002:7f00:1::',
    // IPv6 forms that reach a private IPv4 host once normalised
    '::127.0.0.1',
    '::a9fe:a9fe',
    '::ffff:0:127.0.0.1',
    '::ffff:0:a9fe:a9fe',
    '0:0:0:0:0:ffff:169.254.169.254',
    '[::ffff:7f00:1]',
    '64:ff9b::127.0.0.1',
    '64:ff9b:1::a9fe:a9fe',
    '2002:a9fe:a9fe::1',
    '::7f00:1',
    // special IPv6 ranges
    '2001::1',
    '2001:db8::1',
    '2001:2::1',
    '100::1',
    'fec0::1',
    'fe80::1%eth0',
    'not-an-ip',
  ])('blocks %s', (ip) => expect(isBlockedAddress(ip)).toBe(true));

  it.each([
    '93.184.215.14',
    '8.8.8.8',
    '172.32.0.1',
    '100.128.0.1',
    '2606:4700:4700::1111',
    '::ffff:8.8.8.8',
    '64:ff9b::808:808',
    '2002:808:808::1',
  ])('allows %s', (ip) => expect(isBlockedAddress(ip)).toBe(false));

  const resolver = (map: Record<string, string[]>) => async (host: string) => {
    if (!(host in map)) throw new Error('ENOTFOUND');
    return map[host]!;
  };

  it('checks what a host name resolves to (every address)', async () => {
    const r = resolver({
      'hooks.example.com': ['93.184.215.14'],
      'sneaky.example.com': ['93.184.215.14', '10.0.0.5'],
      'inside.example.com': ['127.0.0.1'],
    });
    expect(await checkWebhookUrl('https://hooks.example.com/x', false, r)).toMatchObject({ ok: true });
    expect(await checkWebhookUrl('https://sneaky.example.com/x', false, r)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('10.0.0.5'),
    });
    expect(await checkWebhookUrl('https://inside.example.com/x', false, r)).toMatchObject({ ok: false });
    expect(await checkWebhookUrl('https://nowhere.example.com/x', false, r)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('does not resolve'),
    });
  });

  it('refuses local names, IP literals in private ranges, other schemes and credentials; the switch allows private targets', async () => {
    const none = async () => [] as string[];
    for (const url of [
      'http://localhost:3000/',
      'http://printer.local/',
      'http://[::1]:80/',
      'http://[::127.0.0.1]/',
      'http://[::a9fe:a9fe]/',
      'http://[::ffff:0:127.0.0.1]/',
      'http://[::ffff:127.0.0.1]/',
      'http://[64:ff9b::7f00:1]/',
      'http://[2002:7f00:1::]/',
      'http://192.168.0.1/',
      'http://2130706433/',
    ]) {
      expect((await checkWebhookUrl(url, false, none)).ok, url).toBe(false);
    }
    expect(await checkWebhookUrl('gopher://x.example.com/', false, none)).toMatchObject({
      ok: false,
      reason: 'must be an http or https URL',
    });
    expect(await checkWebhookUrl('https://a:b@x.example.com/', false, none)).toMatchObject({
      ok: false,
      reason: 'must not carry credentials',
    });
    expect(await checkWebhookUrl('::::', false, none)).toMatchObject({
      ok: false,
      reason: 'is not a valid absolute URL',
    });
    expect(await checkWebhookUrl('http://127.0.0.1:9/x', true, none)).toMatchObject({ ok: true });
    expect(await checkWebhookUrl('https://93.184.215.14/hook', false, none)).toMatchObject({ ok: true });
  });

  it('refuses at connect time when a name resolves to a private address', async () => {
    const err = await new Promise<NodeJS.ErrnoException | null>((resolve) =>
      safeLookup('localhost', { all: true }, (e) => resolve(e)),
    );
    expect(err?.code).toBe('EBLOCKED');
  });
});
