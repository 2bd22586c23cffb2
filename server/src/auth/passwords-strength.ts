// Password strength: zxcvbn-ts estimates how many guesses a password takes, with common-password,
// English and keyboard-pattern dictionaries, and the user's own e-mail as a hint. Below score 3
// ("safely unguessable: moderate protection from offline slow-hash scenario") a password is refused
// with zxcvbn's own feedback as the reason.
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as en from '@zxcvbn-ts/language-en';

export const MIN_PASSWORD_SCORE = 3;
export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

let factory: ZxcvbnFactory | undefined;
const zxcvbn = (): ZxcvbnFactory =>
  (factory ??= new ZxcvbnFactory({
    translations: en.translations,
    graphs: common.adjacencyGraphs,
    dictionary: { ...common.dictionary, ...en.dictionary },
  }));

/** Why this password is too weak for this account, or null when it is strong enough. */
export function passwordWeakness(password: string, email: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (password.length > PASSWORD_MAX_LENGTH) return `must be at most ${PASSWORD_MAX_LENGTH} characters`;
  if (password.trim().length === 0) return 'must not be blank';
  const lower = password.toLowerCase();
  const mail = email.toLowerCase();
  const local = mail.split('@')[0] ?? '';
  if (lower === mail || lower === local) return 'must not be your e-mail address';
  const result = zxcvbn().check(password.slice(0, 100), [mail, local, 'couponflow', 'coupon']);
  if (result.score >= MIN_PASSWORD_SCORE) return null;
  const hints = [result.feedback.warning, ...result.feedback.suggestions].filter(Boolean).join(' ');
  return `is too easy to guess (strength ${result.score} of 4, ${MIN_PASSWORD_SCORE} needed)${hints ? `: ${hints}` : ''}`;
}
