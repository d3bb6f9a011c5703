import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type AuthChecker } from 'type-graphql';
import type { RequestContext } from '../context/context.js';
import { unauthenticated } from './errors.js';
import { IdentityResolver } from '../../modules/identity/identity.resolver.js';
import { CaseResolver } from '../../modules/cases/case.resolver.js';
import { PrivacyResolver } from '../../modules/privacy/privacy.resolver.js';
import { PlanActionResolver, PlanResolver, PlanVersionResolver } from '../../modules/plans/plan.resolver.js';

/** `@Authorized()` means "logged in"; what a user may do is decided by the ability in services. */
const authChecker: AuthChecker<RequestContext> = ({ context }) => {
  if (!context.actor) throw unauthenticated();
  return true;
};

let built: Promise<GraphQLSchema> | null = null;

export function appSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [IdentityResolver, CaseResolver, PrivacyResolver, PlanResolver, PlanVersionResolver, PlanActionResolver],
    authChecker,
    validate: false,
    emitSchemaFile: false,
  });
  return built;
}

/** The schema as committed in packages/graphql/schema.graphql (sorted, so diffs are stable). */
export async function printedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await appSchema()))}\n`;
}
