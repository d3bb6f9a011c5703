import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { packedRulesFor } from '@mda/authz';
import type { RequestContext } from '../../core/context/context.js';
import { requireActor } from '../../core/context/context.js';
import { InputCheck } from '../../core/graphql/validation.js';
import { unauthenticated } from '../../core/graphql/errors.js';
import { PurposeEnum } from '../../core/graphql/enums.js';
import { log } from '../../core/log/logger.js';
import type { Purpose } from '@mda/authz';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';
import { OrganisationNode, SessionNode, UserNode } from './identity.type.js';
import { SESSION_COOKIE, login, revokeSession } from './auth.service.js';
import { readableOrganisations } from './organisation.service.js';

@Resolver()
export class IdentityResolver {
  @Mutation(() => SessionNode, {
    description:
      'Logs in. Sets an httpOnly SameSite=Strict session cookie for the web and returns a bearer token for API clients.',
  })
  async login(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() ctx: RequestContext,
  ): Promise<SessionNode> {
    new InputCheck().text('email', email, { max: 254 }).text('password', password, { max: 1024 }).done();
    const result = await login(ctx.em, {
      email,
      password,
      address: ctx.clientAddress,
      ttlHours: ctx.config.sessionTtlHours,
      requestId: ctx.requestId,
      secondFactorRequired: ctx.config.secondFactorRequired,
    });
    ctx.response?.cookie(SESSION_COOKIE, result.token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: ctx.config.nodeEnv === 'production',
      path: '/',
      expires: result.session.expiresAt,
    });
    return Object.assign(new SessionNode(), {
      token: result.token,
      expiresAt: result.session.expiresAt,
      user: UserNode.from(result.user),
    });
  }

  @Mutation(() => Boolean, { description: 'Revokes the current session.' })
  async logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    ctx.response?.clearCookie(SESSION_COOKIE, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure: ctx.config.nodeEnv === 'production',
    });
    if (!ctx.sessionId) return false;
    await revokeSession(ctx.em, ctx.sessionId);
    return true;
  }

  @Query(() => UserNode, { nullable: true, description: 'The logged-in user, or null.' })
  async me(@Ctx() ctx: RequestContext): Promise<UserNode | null> {
    if (!ctx.actor) return null;
    const user = await ctx.em.findOneOrFail(User, { id: ctx.actor.userId }, { populate: ['organisation'] });
    return UserNode.from(user, ctx.actor.purpose, JSON.stringify(packedRulesFor(ctx.actor)));
  }

  @Mutation(() => UserNode, {
    description:
      'Declares the purpose of this session (AVG purpose limitation). HEALTH and CRIMINAL data are only shown with a purpose.',
  })
  async setPurpose(
    @Arg('purpose', () => PurposeEnum, { nullable: true }) purpose: Purpose | null,
    @Ctx() ctx: RequestContext,
  ): Promise<UserNode> {
    const actor = requireActor(ctx);
    if (!ctx.sessionId) throw unauthenticated();
    await ctx.em.nativeUpdate(Session, { id: ctx.sessionId }, { purpose: purpose ?? null });
    log.info('session.purpose_set', { requestId: ctx.requestId, purpose: purpose ?? 'none' });
    const user = await ctx.em.findOneOrFail(User, { id: actor.userId }, { populate: ['organisation'] });
    return UserNode.from(user, purpose ?? null);
  }

  @Query(() => [OrganisationNode], { description: 'Partner organisations in the region (for composing a case team).' })
  async organisations(@Ctx() ctx: RequestContext): Promise<OrganisationNode[]> {
    return (await readableOrganisations(ctx)).map((o) => OrganisationNode.from(o));
  }
}
