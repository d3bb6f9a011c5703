import { Arg, Ctx, Field, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../core/context/context.js';
import { requireActor } from '../../core/context/context.js';
import { unauthenticated } from '../../core/graphql/errors.js';
import { InputCheck } from '../../core/graphql/validation.js';
import { User } from './user.entity.js';
import {
  confirmTotpEnrolment,
  SECOND_FACTOR_MESSAGE,
  secondFactorStatus,
  startTotpEnrolment,
  verifyTotp,
  type SecondFactorStatus,
} from './second-factor.service.js';

@ObjectType('SecondFactorStatus', {
  description: 'The second factor of the current session (docs/identity.md).',
  simpleResolvers: true,
})
export class SecondFactorStatusNode {
  @Field(() => Boolean, {
    description:
      'This session must confirm a second factor before HEALTH, CRIMINAL and SECRET_LOCATION data are shown.',
  })
  required!: boolean;

  @Field(() => Boolean, { description: 'This session confirmed a second factor.' })
  confirmed!: boolean;

  @Field(() => String, { nullable: true, description: 'TOTP or IDENTITY_PROVIDER (asserted through amr/acr).' })
  method!: string | null;

  @Field(() => Boolean, { description: 'The user has an authenticator app enrolled.' })
  enrolled!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Required and not yet confirmed: what to do, in Dutch and English.',
  })
  message!: string | null;

  static from(status: SecondFactorStatus): SecondFactorStatusNode {
    return Object.assign(new SecondFactorStatusNode(), {
      ...status,
      message: status.required && !status.confirmed ? SECOND_FACTOR_MESSAGE : null,
    });
  }
}

@ObjectType('TotpEnrolment', { simpleResolvers: true })
export class TotpEnrolmentNode {
  @Field(() => String, { description: 'Base32 secret, to type into an authenticator app.' })
  secret!: string;

  @Field(() => String, { description: 'otpauth:// URI (for a QR code).' })
  otpauthUri!: string;
}

@Resolver()
export class SecondFactorResolver {
  @Query(() => SecondFactorStatusNode, {
    nullable: true,
    description: 'The second factor of the current session; null when not logged in.',
  })
  async secondFactorStatus(@Ctx() ctx: RequestContext): Promise<SecondFactorStatusNode | null> {
    if (!ctx.actor || !ctx.sessionId) return null;
    return SecondFactorStatusNode.from(await secondFactorStatus(ctx.em, ctx.sessionId));
  }

  @Mutation(() => TotpEnrolmentNode, {
    description: 'Starts linking an authenticator app (TOTP): returns a new secret; confirm it with a first code.',
  })
  async startTotpEnrolment(@Ctx() ctx: RequestContext): Promise<TotpEnrolmentNode> {
    const actor = requireActor(ctx);
    const user = await ctx.em.findOneOrFail(User, { id: actor.userId });
    const started = await startTotpEnrolment(ctx.em, {
      userId: actor.userId,
      email: user.email,
      masterKey: ctx.config.bsnKey,
    });
    return Object.assign(new TotpEnrolmentNode(), { secret: started.secret, otpauthUri: started.uri });
  }

  @Mutation(() => SecondFactorStatusNode, {
    description: 'Confirms the authenticator app with its first code; confirms this session too.',
  })
  async confirmTotpEnrolment(
    @Arg('code', () => String) code: string,
    @Ctx() ctx: RequestContext,
  ): Promise<SecondFactorStatusNode> {
    const actor = requireActor(ctx);
    if (!ctx.sessionId) throw unauthenticated();
    new InputCheck().text('code', code, { max: 12 }).done();
    await confirmTotpEnrolment(ctx.em, {
      userId: actor.userId,
      sessionId: ctx.sessionId,
      code: code.trim(),
      masterKey: ctx.config.bsnKey,
      requestId: ctx.requestId,
    });
    return SecondFactorStatusNode.from(await secondFactorStatus(ctx.em, ctx.sessionId));
  }

  @Mutation(() => SecondFactorStatusNode, {
    description: 'Confirms this session with a code from the authenticator app (second factor).',
  })
  async verifySecondFactor(
    @Arg('code', () => String) code: string,
    @Ctx() ctx: RequestContext,
  ): Promise<SecondFactorStatusNode> {
    const actor = requireActor(ctx);
    if (!ctx.sessionId) throw unauthenticated();
    new InputCheck().text('code', code, { max: 12 }).done();
    await verifyTotp(ctx.em, {
      userId: actor.userId,
      sessionId: ctx.sessionId,
      code: code.trim(),
      masterKey: ctx.config.bsnKey,
      requestId: ctx.requestId,
    });
    return SecondFactorStatusNode.from(await secondFactorStatus(ctx.em, ctx.sessionId));
  }
}
