// Standard Webhooks signing (https://www.standardwebhooks.com) with the `standardwebhooks` package:
// `webhook-id`, `webhook-timestamp`, `webhook-signature: v1,<base64 HMAC-SHA256> [v1,<...>]`.
// During a rotation's overlap the message is signed with both secrets, space-separated.
import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

const SECRET_RE = /^whsec_[A-Za-z0-9+/]{32,88}={0,2}$/;

/** A new signing secret: `whsec_` + base64 of 24 random bytes (192 bits). */
export const newSecret = (): string => `whsec_${randomBytes(24).toString('base64')}`;
export const isSecret = (s: string): boolean => SECRET_RE.test(s);

const signers = new Map<string, Webhook>();
function signer(secret: string): Webhook {
  let w = signers.get(secret);
  if (!w) {
    if (signers.size > 10_000) signers.clear();
    w = new Webhook(secret);
    signers.set(secret, w);
  }
  return w;
}

/** The same id for every attempt and replay of one event: receivers deduplicate on it. */
export const webhookId = (eventId: number): string => `msg_${eventId}`;

/** The body partners receive: `{ type, timestamp, data }` (one JSON Schema per type, schema/events/). */
export { webhookBody } from '../outbox/publish';

/** Headers of one attempt, signed with every secret in `secrets` (current first). */
export function signedHeaders(
  msgId: string,
  body: string,
  secrets: readonly string[],
  nowMs: number,
): Record<string, string> {
  const timestamp = Math.floor(nowMs / 1000);
  const at = new Date(timestamp * 1000);
  return {
    'webhook-id': msgId,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': secrets.map((s) => signer(s).sign(msgId, at, body)).join(' '),
  };
}
