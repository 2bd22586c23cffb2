import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, scrubSql } from './logger';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { log: createLogger('info', stream), lines };
}

describe('logger', () => {
  it('keeps SQL text and bound values out of logged driver and ORM errors', () => {
    const { log, lines } = capture();
    // As MikroORM reports a driver error: the statement with its values inlined, then the driver's reason.
    const orm = Object.assign(
      new Error(
        `insert into "staff_user" ("email", "password_hash") values ('victim@example.com', 'scrypt$x') - UNIQUE constraint failed: staff_user.email`,
      ),
      {
        name: 'UniqueConstraintViolationException',
        sql: 'insert into x values (?)',
        params: ['victim@example.com'],
      },
    );
    // As pg reports one: the values are in `detail`.
    const pgError = Object.assign(
      new Error('duplicate key value violates unique constraint "staff_user_email_unique"'),
      {
        detail: 'Key (email)=(victim@example.com) already exists.',
        where: 'SQL statement "select 1"',
      },
    );
    log.error({ err: orm }, 'failed');
    log.error({ err: pgError }, 'failed');
    const text = lines.join('');
    expect(text).not.toContain('victim@example.com');
    expect(text).not.toContain('scrypt$x');
    expect(text).toContain('UNIQUE constraint failed: staff_user.email');
    expect(text).toContain('duplicate key value');
  });

  it('redacts secret fields', () => {
    const { log, lines } = capture();
    log.info({ password: 'hunter2-hunter2', input: { secret: 'whsec_abc', token: 'eyJ' } }, 'x');
    const text = lines.join('');
    expect(text).not.toMatch(/hunter2|whsec_abc|eyJ/);
  });

  it('scrubs SQL from a message but keeps the reason', () => {
    expect(scrubSql(`select * from "a" where "b" = 'x' - no such column: b`)).toBe(
      '[sql redacted] - no such column: b',
    );
    expect(scrubSql('connection refused')).toBe('connection refused');
  });
});
