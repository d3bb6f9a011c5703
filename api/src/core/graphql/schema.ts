import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type AuthChecker, type PubSub } from 'type-graphql';
import type { RequestContext } from '../context/context.js';
import { unauthenticated } from './errors.js';
import type { ResolverClass } from '../capability.js';

/** `@Authorized()` means "logged in"; what a user may do is decided by the ability in services. */
const authChecker: AuthChecker<RequestContext> = ({ context }) => {
  if (!context.actor) throw unauthenticated();
  return true;
};

/**
 * Subscriptions here are fed by the database (core/realtime: trigger -> NOTIFY -> LISTEN) via
 * `@Subscription({ subscribe })`; type-graphql still wants a PubSub, which must never be used.
 */
const noPubSub: PubSub = {
  publish() {
    throw new Error('publish through the database (docs/realtime.md), not type-graphql PubSub');
  },
  subscribe() {
    throw new Error('subscribe with @Subscription({ subscribe }) and liveStream() (docs/realtime.md)');
  },
};

/** Builds the GraphQL schema from the capabilities' resolvers (listed in api/src/capabilities.ts). */
export function buildAppSchema(resolvers: readonly ResolverClass[]): Promise<GraphQLSchema> {
  const [first, ...rest] = resolvers;
  if (!first) throw new Error('the GraphQL schema needs at least one resolver');
  return buildSchema({
    resolvers: [first, ...rest],
    authChecker,
    pubSub: noPubSub,
    validate: false,
    emitSchemaFile: false,
  });
}

/** The schema as committed in packages/graphql/schema.graphql (sorted, so diffs are stable). */
export function printAppSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
