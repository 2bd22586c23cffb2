// Transient database faults: the database or its disk is away for a while, not a bug in the request.
// They are answered with a typed UNAVAILABLE (retry after a moment), and they make GET /ready say 503.

/** PostgreSQL connection failures: class 08 (connection exception) and 57P01–57P03 (shut down, cannot connect). */
const PG_CODE = /^(08|57P0[123]|53300)/;
/** Node socket errors of a lost or refused connection. */
const SOCKET = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTCONN']);
/** SQLite: the disk is full, read-only, failing, or the file cannot be opened. */
const SQLITE = /^SQLITE_(FULL|READONLY|IOERR|CANTOPEN)/;
/** Messages of pg and knex when a connection died or none could be had. */
const MESSAGE =
  /Connection terminated|terminating connection|Client has encountered a connection error|connection is closed|Knex: Timeout acquiring a connection/i;

/** Whether `err` is a transient fault of the database (connection lost, disk full or read-only). */
export function isTransientDbFault(err: unknown): boolean {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    const { code, message, cause } = e as { code?: unknown; message?: unknown; cause?: unknown };
    if (typeof code === 'string' && (PG_CODE.test(code) || SOCKET.has(code) || SQLITE.test(code)))
      return true;
    if (typeof message === 'string' && MESSAGE.test(message)) return true;
    e = cause;
  }
  return false;
}

/** Whether a transaction that failed with `err` before its COMMIT was sent lost its connection (so nothing was written). */
export function isLostConnection(err: unknown): boolean {
  if (!isTransientDbFault(err)) return false;
  const code = (err as { code?: unknown }).code;
  return !(typeof code === 'string' && SQLITE.test(code));
}
