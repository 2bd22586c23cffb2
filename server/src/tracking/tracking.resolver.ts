import { GraphQLJSON } from 'graphql-scalars';
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { badInput } from '../graphql/errors';
import type { Context } from '../graphql/context';
import {
  DefineEventTypeInput,
  EventTypeType,
  TrackEventInput,
  TrackedEventType,
  TrackResult,
  UserBehaviour,
  UserProfileType,
} from './tracking.types';

const skipValidation = (): void => undefined;

@Resolver()
export class TrackingResolver {
  @Authorized('staff:read')
  @Query(() => [EventTypeType], { description: 'Every defined tracked event type.' })
  eventTypes(@Ctx() ctx: Context) {
    return ctx.services.tracking.eventTypes();
  }

  @Authorized('staff:read')
  @Query(() => [String], {
    description:
      'Attribute names seen in user profiles (from events and upserts), in name order; `search` matches a substring.',
  })
  userAttributeKeys(
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Arg('first', () => Int, { defaultValue: 50, description: 'At most 500.' }) first: number,
    @Ctx() ctx: Context,
  ) {
    if (search != null && search.length > 128) throw badInput('search', 'at most 128 characters');
    return ctx.services.tracking.userAttributeKeys(search || null, Math.min(Math.max(first, 1), 500));
  }

  @Authorized('staff:write')
  @Mutation(() => EventTypeType, {
    description: 'Creates or replaces a custom event type and its property schema.',
  })
  defineEventType(
    @Arg('input', () => DefineEventTypeInput) input: DefineEventTypeInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.tracking.defineEventType(input);
  }

  @Authorized('events:write')
  @Mutation(() => TrackResult, {
    description:
      'Ingests up to 1 000 events: deduplicated by id, validated one by one (errors per event; the valid ones are kept), written in one transaction together with what the published rules do.',
  })
  track(
    // TrackEventInput has no class-validator rules (track validates each event itself): skip the
    // schema-wide validateFn, which would walk class-validator's metadata for up to 1 000 instances.
    @Arg('events', () => [TrackEventInput], { validateFn: skipValidation }) events: TrackEventInput[],
    @Ctx() ctx: Context,
  ) {
    return ctx.services.tracking.track(events);
  }

  @Authorized('events:write')
  @Mutation(() => UserProfileType, {
    description: 'Merges attributes into a user’s profile (null removes one).',
  })
  async upsertUserAttributes(
    @Arg('userId', () => ID) userId: string,
    @Arg('attributes', () => GraphQLJSON, { validate: false }) attributes: Record<string, unknown>,
    @Ctx() ctx: Context,
  ) {
    return { userId, attributes: await ctx.services.tracking.upsertUserAttributes(userId, attributes) };
  }

  @Authorized('staff:read')
  @Query(() => UserProfileType, {
    description: 'What is known of one user; null when nothing is.',
    nullable: true,
  })
  async userProfile(@Arg('userId', () => ID) userId: string, @Ctx() ctx: Context) {
    const attributes = await ctx.services.tracking.userAttributes(userId);
    return attributes ? { userId, attributes } : null;
  }

  @Authorized('staff:read')
  @Query(() => [TrackedEventType], {
    description: 'The newest stored events (by occurredAt), of one type and/or one user.',
  })
  trackedEvents(
    @Arg('type', () => String, { nullable: true }) type: string | null,
    @Arg('userId', () => ID, { nullable: true }) userId: string | null,
    @Arg('first', () => Int, { defaultValue: 20, description: 'At most 100.' }) first: number,
    @Ctx() ctx: Context,
  ) {
    if (type != null && type.length > 64) throw badInput('type', 'at most 64 characters');
    if (userId != null && userId.length > 128) throw badInput('userId', 'at most 128 characters');
    return ctx.services.tracking.recentEvents({
      type: type || null,
      userId: userId || null,
      first: Math.min(Math.max(first, 1), 100),
    });
  }

  @Authorized('staff:read')
  @Query(() => UserBehaviour, {
    description: 'A user’s event counts and property sums per event type: all time and over the last `days`.',
  })
  userBehaviour(
    @Arg('userId', () => ID) userId: string,
    @Arg('days', () => Int, { defaultValue: 30, description: '1 to 3 650.' }) days: number,
    @Ctx() ctx: Context,
  ) {
    if (days < 1 || days > 3650) throw badInput('days', 'must be between 1 and 3650');
    return ctx.services.tracking.userBehaviour(userId, days);
  }
}
