// The deployment's settings a client needs to read the API's figures: the currency of every money
// amount (integer minor units). Read from config; nothing is stored.
import { Authorized, Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../graphql/context';

@ObjectType('Settings', { description: 'How this deployment is set up (read-only, from its configuration).' })
export class SettingsType {
  @Field(() => String, {
    description: 'ISO 4217 code of every money amount (CURRENCY); amounts are integer minor units of it.',
  })
  currency!: string;
}

@Resolver()
export class SettingsResolver {
  @Authorized()
  @Query(() => SettingsType, { description: 'The deployment’s settings, for any signed-in caller.' })
  settings(@Ctx() ctx: Context): SettingsType {
    return { currency: ctx.services.config.CURRENCY };
  }
}
