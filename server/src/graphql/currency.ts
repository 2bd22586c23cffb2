// `currency` on results where money figures stand alone (a quote, a budget, metrics): the ISO 4217 code
// of the deployment currency, so a partner reading one result needs no second query to `settings`.
import type { ClassType } from 'type-graphql';
import { Ctx, FieldResolver, Resolver } from 'type-graphql';
import type { Context } from './context';

/** A field resolver adding `currency: String!` to `of`. */
export function currencyField(of: ClassType): ClassType {
  @Resolver(() => of)
  class CurrencyFieldResolver {
    @FieldResolver(() => String, {
      description:
        'ISO 4217 code of the deployment currency (settings.currency): every Money figure here is an integer of its minor units.',
    })
    currency(@Ctx() ctx: Context): string {
      return ctx.services.config.CURRENCY.toUpperCase();
    }
  }
  Object.defineProperty(CurrencyFieldResolver, 'name', { value: `${of.name}CurrencyResolver` });
  return CurrencyFieldResolver;
}
