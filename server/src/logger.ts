// Structured JSON logs (pino). No line may carry a secret or SQL text with user values: known secret
// fields are redacted, and errors pass through `safeError`, which cuts the SQL (and its values) that
// database drivers and the ORM put into their messages, and drops the fields that repeat them.
import { pino } from 'pino';

export type Logger = pino.Logger;

/** Where SQL starts in a driver or ORM message (`insert into "t" … - UNIQUE constraint failed: …`). */
const SQL_START =
  /\b(select|insert\s+into|update|delete\s+from|with|create|alter|drop|pragma|begin|commit)\b\s/i;
/** Error properties that carry SQL text, bound values or row contents. */
const SQL_FIELDS = new Set([
  'sql',
  'query',
  'params',
  'parameters',
  'bindings',
  'detail',
  'where',
  'internalQuery',
  'values',
]);

/** A message with any SQL text removed, keeping the driver's own explanation (after ` - `). */
export function scrubSql(message: string): string {
  const at = message.search(SQL_START);
  if (at === -1) return message;
  const tail = message.slice(at);
  const reason = tail.lastIndexOf(' - ');
  return `${message.slice(0, at)}[sql redacted]${reason === -1 ? '' : tail.slice(reason)}`;
}

/** pino's error serializer, minus SQL text and values. */
export function safeError(err: unknown): unknown {
  if (!(err instanceof Error)) return err;
  const out = pino.stdSerializers.err(err) as unknown as Record<string, unknown>;
  for (const key of Object.keys(out)) if (SQL_FIELDS.has(key)) delete out[key];
  if (typeof out.message === 'string') out.message = scrubSql(out.message);
  if (typeof out.stack === 'string')
    out.stack = out.stack
      .split('\n')
      .map((line) => (/^\s+at /.test(line) ? line : scrubSql(line)))
      .join('\n');
  if (out.cause instanceof Error || (out.cause && typeof out.cause === 'object'))
    out.cause = safeError(out.cause);
  return out;
}

const REDACT = [
  'password',
  'token',
  'secret',
  'authorization',
  '*.password',
  '*.token',
  '*.secret',
  '*.authorization',
  'req.headers.authorization',
  'req.headers.cookie',
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'couponflow' },
      timestamp: pino.stdTimeFunctions.isoTime,
      serializers: { err: safeError, error: safeError },
      redact: { paths: REDACT, censor: '[redacted]' },
    },
    destination,
  );
}
