// Webhook URLs must not reach into our own network (SSRF): private, loopback, link-local, CGNAT,
// multicast and reserved addresses are refused unless WEBHOOK_ALLOW_PRIVATE_URLS is set. The check
// runs when an endpoint is saved and again on every connection (the resolver's answer may change).
import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * The IPv4 address an IPv6 address carries, if it is of a form that reaches IPv4 hosts: IPv4-compatible
 * (::/96, e.g. `::127.0.0.1`, `::a9fe:a9fe`), IPv4-mapped (::ffff:0:0/96), IPv4-translated
 * (::ffff:0:0:0/96), NAT64 (64:ff9b::/96 and the local-use 64:ff9b:1::/48) and 6to4 (2002::/16).
 */
function embeddedIpv4(v6: ipaddr.IPv6): ipaddr.IPv4 | null {
  const b = v6.toByteArray();
  const zero = (from: number, to: number) => b.slice(from, to).every((x) => x === 0);
  const last32 = () => new ipaddr.IPv4(b.slice(12, 16));
  const w = v6.parts;
  if (zero(0, 10) && ((b[10] === 0 && b[11] === 0) || (b[10] === 0xff && b[11] === 0xff))) return last32();
  if (zero(0, 8) && b[8] === 0xff && b[9] === 0xff && b[10] === 0 && b[11] === 0) return last32();
  if (w[0] === 0x64 && w[1] === 0xff9b && (w[2] === 1 || (w[2] === 0 && zero(6, 12)))) return last32();
  if (w[0] === 0x2002) return new ipaddr.IPv4(b.slice(2, 6));
  return null;
}

/**
 * True for addresses a webhook may not reach: anything but public unicast. The address is parsed and
 * classified with ipaddr.js (private, loopback, link-local, CGNAT, multicast, reserved, benchmarking,
 * documentation, Teredo, …); an IPv6 form that embeds an IPv4 address is judged by that address.
 */
export function isBlockedAddress(ip: string): boolean {
  const bare = ip.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (!isIP(bare)) return true; // not an address at all (or a legacy form like 0x7f.1): refuse
  let addr: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    addr = ipaddr.parse(bare);
  } catch {
    return true;
  }
  if (addr.kind() === 'ipv6') {
    const v4 = embeddedIpv4(addr as ipaddr.IPv6);
    if (v4) return v4.range() !== 'unicast';
  }
  return addr.range() !== 'unicast';
}

export type UrlCheck = { ok: true; url: URL } | { ok: false; reason: string };

export type Resolver = (hostname: string) => Promise<string[]>;

export const systemResolver: Resolver = (hostname) =>
  new Promise((resolve, reject) =>
    dnsLookup(hostname, { all: true, verbatim: true }, (err, addresses) =>
      err ? reject(err) : resolve(addresses.map((a) => a.address)),
    ),
  );

/** Checks a webhook URL's shape and, unless private targets are allowed, where its host resolves. */
export async function checkWebhookUrl(
  raw: string,
  allowPrivate: boolean,
  resolve: Resolver = systemResolver,
): Promise<UrlCheck> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: 'is not a valid absolute URL' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, reason: 'must be an http or https URL' };
  if (url.username || url.password) return { ok: false, reason: 'must not carry credentials' };
  if (!url.hostname) return { ok: false, reason: 'has no host' };
  if (raw.length > 2048) return { ok: false, reason: 'is longer than 2048 characters' };
  if (allowPrivate) return { ok: true, url };
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (isIP(host)) {
    return isBlockedAddress(host)
      ? { ok: false, reason: `points to a private, loopback or reserved address (${host})` }
      : { ok: true, url };
  }
  if (/(^|\.)localhost$/i.test(host) || /\.(local|internal|localdomain)$/i.test(host)) {
    return { ok: false, reason: 'points to a local host name' };
  }
  let addresses: string[];
  try {
    addresses = await resolve(host);
  } catch {
    return { ok: false, reason: `host ${host} does not resolve` };
  }
  const bad = addresses.find(isBlockedAddress);
  if (addresses.length === 0 || bad)
    return {
      ok: false,
      reason: `host ${host} resolves to a private, loopback or reserved address${bad ? ` (${bad})` : ''}`,
    };
  return { ok: true, url };
}

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A `lookup` for net.connect that refuses private addresses: the check happens on the address the
 * socket really connects to, so DNS rebinding between the save-time check and delivery cannot slip
 * through. (Connections to IP literals skip lookup; the sender checks those itself.)
 */
export function safeLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, []);
    const bad = addresses.find((a) => isBlockedAddress(a.address));
    if (bad || addresses.length === 0) {
      const e = Object.assign(new Error(`refused: ${hostname} resolves to a private or reserved address`), {
        code: 'EBLOCKED',
      });
      return callback(e, []);
    }
    if (options.all) return callback(null, addresses);
    callback(null, addresses[0]!.address, addresses[0]!.family);
  });
}
