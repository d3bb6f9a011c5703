import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { log } from '../../core/log/logger.js';

/**
 * The daily digest: per recipient, the DIGEST rows not yet in a digest become one digest row
 * (no notification of its own, kind DIGEST), which the sender then mails like any other row,
 * with the same retries. Returns the number of digests made.
 */
export async function buildDailyDigests(em: EntityManager, now: Date): Promise<number> {
  return em.fork().transactional(async (tx) => {
    const pending = await tx.execute<{ id: string; recipient_id: string }[]>(
      `select id, recipient_id from notification_outbox
        where delivery = 'DIGEST' and digest_id is null and sent_at is null and created_at <= ?
        order by recipient_id, created_at
        for update skip locked`,
      [now],
    );
    const byRecipient = new Map<string, string[]>();
    for (const row of pending)
      byRecipient.set(row.recipient_id, [...(byRecipient.get(row.recipient_id) ?? []), row.id]);
    for (const [recipientId, ids] of byRecipient) {
      const digestId = randomUUID();
      await tx.execute(
        `insert into notification_outbox (id, created_at, updated_at, notification_id, recipient_id, channel, kind, case_id, subject, body, delivery)
         values (?, ?, ?, null, ?, 'EMAIL', 'DIGEST', null, ?, ?, 'IMMEDIATE')`,
        [
          digestId,
          now,
          now,
          recipientId,
          'MDA++ dagelijks overzicht / daily digest',
          `${ids.length} meldingen / notifications`,
        ],
      );
      await tx.execute(`update notification_outbox set digest_id = ?, updated_at = ? where id = any(?::uuid[])`, [
        digestId,
        now,
        `{${ids.join(',')}}`,
      ]);
    }
    if (byRecipient.size > 0) log.info('mail.digests_built', { digests: byRecipient.size, items: pending.length });
    return byRecipient.size;
  });
}
