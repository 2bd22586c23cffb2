// Typed user errors: a mutation whose refusal is a business outcome (the order is not locked, a
// campaign cannot be paused in its state) answers it as data, `errors: [UserError!]!`, the way claims
// answer ClaimRefused. Bad input (a malformed id, a float amount) stays a BAD_USER_INPUT GraphQL error.
import { GraphQLError } from 'graphql';
import { Field, ObjectType } from 'type-graphql';
import { graphqlEnum } from './enums';

export const USER_ERROR_CODES = [
  'INVALID_TRANSITION',
  'ORDER_NOT_LOCKED',
  'COUPON_NOT_LOCKABLE',
  'TEMPLATE_ENDED',
] as const;
export type UserErrorCode = (typeof USER_ERROR_CODES)[number];

export const UserErrorCodeEnum = graphqlEnum(
  USER_ERROR_CODES,
  'UserErrorCode',
  'Why a mutation refused: INVALID_TRANSITION (the entity is in a state the action does not start from), ORDER_NOT_LOCKED (the order holds no locked coupons: released, or never locked), COUPON_NOT_LOCKABLE (a chosen coupon cannot be locked to this cart; the message gives the reason), TEMPLATE_ENDED (an ended template issues nothing).',
);

@ObjectType({
  description:
    'A business refusal of a mutation, returned as data: which input it concerns, a message for people and a code for programs.',
})
export class UserError {
  @Field(() => String, {
    nullable: true,
    description: 'Path of the input the refusal concerns (`id`, `input.couponIds`); null when none.',
  })
  field!: string | null;
  @Field(() => String, { description: 'What was refused and why, for people.' }) message!: string;
  @Field(() => UserErrorCodeEnum, { description: 'The refusal, for programs.' }) code!: UserErrorCode;
}

export const userError = (code: UserErrorCode, field: string | null, message: string): UserError => ({
  code,
  field,
  message,
});

/**
 * Runs `act`; a refusal it throws as a GraphQL error carrying `extensions.refusal` (an error code) is
 * answered as `{ errors: [that refusal] }` instead, with `fallback()` giving the rest of the result.
 */
export async function refusalsAsData<T extends object>(
  act: () => Promise<T>,
  fallback: () => Promise<T>,
): Promise<T & { errors: UserError[] }> {
  try {
    return { ...(await act()), errors: [] };
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    const { refusal, field } = error.extensions ?? {};
    if (typeof refusal !== 'string' || !(USER_ERROR_CODES as readonly string[]).includes(refusal))
      throw error;
    const at = typeof field === 'string' ? field : null;
    return { ...(await fallback()), errors: [userError(refusal as UserErrorCode, at, error.message)] };
  }
}
