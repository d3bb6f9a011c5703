import type { RequestContext } from '../../core/context/context.js';
import { Case } from '../cases/case.entity.js';

/** The case reference for the PDF header (the case was already checked readable). */
export async function loadCaseReference(ctx: RequestContext, caseId: string): Promise<string> {
  const found = await ctx.em.findOne(Case, { id: caseId }, { fields: ['reference'] });
  return found?.reference ?? '';
}
