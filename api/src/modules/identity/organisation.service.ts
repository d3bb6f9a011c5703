import { asSubject } from '@mda/authz';
import type { RequestContext } from '../../core/context/context.js';
import { requireActor } from '../../core/context/context.js';
import { Organisation } from './organisation.entity.js';

/** The partner organisations the viewer may see (for composing a case team), by name. */
export async function readableOrganisations(ctx: RequestContext): Promise<Organisation[]> {
  requireActor(ctx);
  const all = await ctx.em.find(Organisation, {}, { orderBy: { name: 'asc' } });
  return all.filter((o) => ctx.ability.can('read', asSubject('Organisation', { id: o.id })));
}
