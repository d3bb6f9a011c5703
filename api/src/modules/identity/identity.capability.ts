import type { ModuleCapability } from '../demo/demo.capability.js';
import { seedIdentityDemo } from './identity-demo.seeder.js';
import { IdentityResolver } from './identity.resolver.js';
import { LoginThrottle } from './login-throttle.entity.js';
import { Organisation } from './organisation.entity.js';
import { SecondFactorResolver } from './second-factor.resolver.js';
import { Session } from './session.entity.js';
import { SignInResolver } from './sign-in.resolver.js';
import { User } from './user.entity.js';

export const identityCapability: ModuleCapability = {
  name: 'identity',
  entities: [Organisation, User, Session, LoginThrottle],
  resolvers: [IdentityResolver, SecondFactorResolver, SignInResolver],
  demoData: seedIdentityDemo,
};
