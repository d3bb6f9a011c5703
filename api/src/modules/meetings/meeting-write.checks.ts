import type { EntityManager } from '@mikro-orm/postgresql';
import { DATA_CATEGORIES, type DataCategory } from '@mda/authz';
import type { RequestContext } from '../../core/context/context.js';
import { ClientError, notFound } from '../../core/graphql/errors.js';
import { type InputCheck, isUuid } from '../../core/graphql/validation.js';
import { ensureCaseAccess } from '../identity/case-access.service.js';
import { PICTURE_CATEGORIES } from '../plans/plan.service.js';
import { type Meeting, MeetingItem, type MeetingSeries } from './meeting.entity.js';
import { ITEM_LABEL, readableMeeting, writesText } from './meeting-read.service.js';

/* Shared checks of the MDO write services (moved verbatim from meeting.service.ts). */

/** Agreed minutes are frozen like an agreed plan version. */
export const frozen = () =>
  new ClientError(
    'CONFLICT',
    'Het verslag van dit overleg is vastgesteld en kan niet meer worden gewijzigd. / The minutes of this meeting are agreed and frozen.',
    { reason: 'MINUTES_AGREED' },
  );

export function assertOpen(meeting: Meeting): void {
  if (meeting.status === 'MINUTES_AGREED') throw frozen();
}

/** The transaction's EntityManager in the request context: plan service calls then join this transaction. */
export const inTransaction = (ctx: RequestContext, em: EntityManager): RequestContext => ({ ...ctx, em });

export async function readableItem(
  ctx: RequestContext,
  em: EntityManager,
  itemId: string,
): Promise<{ item: MeetingItem; meeting: Meeting; series: MeetingSeries }> {
  if (!isUuid(itemId)) throw notFound(ITEM_LABEL);
  const item = await em.findOne(MeetingItem, { id: itemId }, { refresh: true });
  if (!item) throw notFound(ITEM_LABEL);
  let found: { meeting: Meeting; series: MeetingSeries };
  try {
    found = await readableMeeting(ctx, item.meetingId, em, true);
  } catch (error) {
    if (error instanceof ClientError && error.extensions.code === 'NOT_FOUND') throw notFound(ITEM_LABEL);
    throw error;
  }
  if (item.caseId) await ensureCaseAccess(ctx, [item.caseId], em);
  return { item, ...found };
}

export function oneCategory(
  check: InputCheck,
  field: string,
  value: DataCategory | null | undefined,
  caseId: string | null,
  ctx: RequestContext,
): DataCategory {
  const category = value ?? 'PLAN';
  if (!DATA_CATEGORIES.includes(category) || !PICTURE_CATEGORIES.includes(category)) {
    check.add(
      field,
      `categorie ${String(category).slice(0, 40)} hoort niet in het MDO-formulier; kies ${PICTURE_CATEGORIES.join(', ')} / category not allowed here`,
    );
  } else if (!writesText(ctx, caseId, category)) {
    check.add(
      field,
      `uw organisatie mag gegevens van categorie ${category} niet vastleggen / your organisation may not record data of category ${category}`,
    );
  }
  return category;
}

/** The problem at a category field when a text's category may not be widened by this organisation. */
export const widenRefused = (from: DataCategory, to: DataCategory): string =>
  `alleen de organisatie die deze tekst (alleen) schreef mag de categorie verruimen van ${from} naar ${to}; u kunt haar behouden of beperken / only the organisation that alone wrote this text may widen its category from ${from} to ${to}; you may keep or narrow it`;
