import { Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../core/context/context.js';
import { identityProviders } from './sign-in.service.js';

@ObjectType('IdentityProvider', {
  description: "An organisation whose users sign in with their own organisation's account (OIDC).",
  simpleResolvers: true,
})
export class IdentityProviderNode {
  @Field(() => ID)
  organisationId!: string;

  @Field(() => String)
  organisationName!: string;

  @Field(() => String, { description: 'Where the browser goes to sign in (a redirect to the identity provider).' })
  startPath!: string;
}

@Resolver()
export class SignInResolver {
  @Query(() => [IdentityProviderNode], {
    description: 'Organisations with single sign-on, for the login page (no login needed; no secrets).',
  })
  async identityProviders(@Ctx() ctx: RequestContext): Promise<IdentityProviderNode[]> {
    return (await identityProviders(ctx.em)).map((p) =>
      Object.assign(new IdentityProviderNode(), {
        organisationId: p.organisation_id,
        organisationName: p.organisation_name,
        startPath: `/auth/oidc/${p.organisation_id}/start`,
      }),
    );
  }
}
