import DataLoader from 'dataloader';
import type { RequestContext } from '../../core/context/context.js';
import { loaderOf } from '../../core/context/context.js';
import { DirectorAssignment } from './director-assignment.entity.js';

/** Director assignments of many cases in one query, oldest first (no N+1 on `Case.directorHistory` in the case list). */
export function assignmentsByCase(ctx: RequestContext): DataLoader<string, DirectorAssignment[]> {
  return loaderOf(
    ctx,
    'directors.assignmentsByCase',
    () =>
      new DataLoader<string, DirectorAssignment[]>(async (caseIds) => {
        const rows = await ctx.em.find(
          DirectorAssignment,
          { caseFile: { $in: [...caseIds] } },
          {
            populate: ['user', 'user.organisation', 'proposedBy', 'endedBy', 'caseFile'],
            orderBy: { createdAt: 'asc', id: 'asc' },
          },
        );
        return caseIds.map((id) => rows.filter((r) => r.caseFile.id === id));
      }),
  );
}
