import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type AuthChecker, type PubSub } from 'type-graphql';
import type { RequestContext } from '../context/context.js';
import { unauthenticated } from './errors.js';
import { IdentityResolver } from '../../modules/identity/identity.resolver.js';
import { SecondFactorResolver } from '../../modules/identity/second-factor.resolver.js';
import { SignInResolver } from '../../modules/identity/sign-in.resolver.js';
import { CaseResolver } from '../../modules/cases/case.resolver.js';
import { PrivacyResolver } from '../../modules/privacy/privacy.resolver.js';
import { DirectorResolver } from '../../modules/directors/director.resolver.js';
import { CaseEscalationResolver, EscalationResolver } from '../../modules/escalations/escalation.resolver.js';
import { CaseActivityResolver } from '../../modules/cases/case-activity.resolver.js';
import { NotificationResolver } from '../../modules/privacy/notification.resolver.js';
import { PlanActionResolver, PlanResolver, PlanVersionResolver } from '../../modules/plans/plan.resolver.js';
import { CaseIntakeResolver, IntakeResolver } from '../../modules/intake/intake.resolver.js';
import { MyPlanActionsResolver } from '../../modules/plans/my-actions.resolver.js';
import { CaseInvolvementResolver, InvolvementResolver } from '../../modules/involvements/involvement.resolver.js';
import { FiguresResolver } from '../../modules/figures/figures.resolver.js';
import { CaseNextDeadlineResolver } from '../../modules/plans/next-deadline.resolver.js';
import { CaseSearchResolver } from '../../modules/cases/case-search.resolver.js';
import { MEETING_RESOLVERS } from '../../modules/meetings/meeting.resolvers.js';

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

let built: Promise<GraphQLSchema> | null = null;

export function appSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [
      IdentityResolver,
      SecondFactorResolver,
      SignInResolver,
      CaseResolver,
      PrivacyResolver,
      DirectorResolver,
      EscalationResolver,
      CaseEscalationResolver,
      CaseActivityResolver,
      NotificationResolver,
      PlanResolver,
      PlanVersionResolver,
      PlanActionResolver,
      IntakeResolver,
      CaseIntakeResolver,
      MyPlanActionsResolver,
      InvolvementResolver,
      CaseInvolvementResolver,
      FiguresResolver,
      CaseNextDeadlineResolver,
      CaseSearchResolver,
      ...MEETING_RESOLVERS,
    ],
    authChecker,
    pubSub: noPubSub,
    validate: false,
    emitSchemaFile: false,
  });
  return built;
}

/** The schema as committed in packages/graphql/schema.graphql (sorted, so diffs are stable). */
export async function printedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await appSchema()))}\n`;
}
