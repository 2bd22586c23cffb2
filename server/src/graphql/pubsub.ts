// type-graphql wants a PubSub before it builds any @Subscription, even one with its own `subscribe`
// (ours: EventsService.subscribe over the event hub). Topics are not used; this one says so if tried.
import type { PubSub } from 'type-graphql';

export const TOPICLESS_PUBSUB: PubSub = {
  publish: () => {
    throw new Error('subscriptions are fed by the event hub (server/src/events), not by topics');
  },
  subscribe: () => {
    throw new Error('subscriptions are fed by the event hub (server/src/events), not by topics');
  },
};
