import type { EntityManager } from '@mikro-orm/postgresql';
import { demoNeed, type DemoSeedContext } from '../demo/demo.seeder.js';
import { hashPassword } from './password.js';
import { sealSecret } from './second-factor.service.js';
import { Organisation } from './organisation.entity.js';
import { User } from './user.entity.js';

/** The demo organisations and logins (first: everything else refers to them). */
export async function seedIdentityDemo(tx: EntityManager, ctx: DemoSeedContext): Promise<void> {
  const { data, organisations, users } = ctx;
  for (const o of data.organisations)
    organisations.set(
      o.key,
      tx.create(Organisation, { name: o.name, type: o.type, municipalities: [...(o.municipalities ?? [])] }),
    );
  const hashes = new Map<string, string>();
  for (const u of data.users) {
    let passwordHash = hashes.get(u.password);
    if (!passwordHash) {
      passwordHash = await hashPassword(u.password);
      hashes.set(u.password, passwordHash);
    }
    const organisation = organisations.get(u.organisationKey);
    if (!organisation) throw new Error(`demo user refers to unknown organisation ${u.organisationKey}`);
    users.set(
      u.email,
      tx.create(User, {
        email: u.email.toLowerCase(),
        displayName: u.displayName,
        passwordHash,
        organisation,
        roles: [...u.roles],
      }),
    );
  }
  await tx.flush();
  // Each demo login has an authenticator app enrolled with the published demo secret (sealed
  // like any TOTP secret), so the demo shows the second factor when it is required.
  for (const u of data.users) {
    await tx.execute('update app_user set totp_secret = ?, totp_enrolled_at = now() where id = ?', [
      sealSecret(ctx.bsnKey, u.totpSecret),
      demoNeed(users.get(u.email), 'user').id,
    ]);
  }
}
