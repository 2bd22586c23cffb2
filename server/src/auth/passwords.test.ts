import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './passwords';

describe('password hashes', () => {
  it('verify the password they were made from, and no other', async () => {
    const stored = await hashPassword('correct horse battery staple');
    expect(await verifyPassword('correct horse battery staple', stored)).toBe(true);
    expect(await verifyPassword('correct horse battery stapler', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('are salted: the same password never hashes the same way twice', async () => {
    const [a, b] = await Promise.all([hashPassword('same password'), hashPassword('same password')]);
    expect(a).not.toBe(b);
    expect(await verifyPassword('same password', a)).toBe(true);
    expect(await verifyPassword('same password', b)).toBe(true);
  });

  it('carry their scrypt parameters: verification derives the key with the stored ones', async () => {
    const stored = await hashPassword('parameters travel');
    expect(stored).toMatch(/^scrypt\$16384\$8\$1\$[\w-]+\$[\w-]+$/);
    const cheaper = stored.replace('scrypt$16384$', 'scrypt$1024$');
    // the same salt and password under other parameters derive another key: not a match
    expect(await verifyPassword('parameters travel', cheaper)).toBe(false);
  });

  it('never match a stored value that is not a scrypt hash', async () => {
    for (const stored of ['', 'plain', 'bcrypt$10$abc$def', 'scrypt$16384$8$1$', 'scrypt$16384$8$1$salt'])
      expect(await verifyPassword('plain', stored)).toBe(false);
  });
});
