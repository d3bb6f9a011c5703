import type { ModuleCapability } from '../demo/demo.capability.js';
import { mailSettingsFrom } from './mail-config.js';
import { buildDailyDigests } from './mail-digest.service.js';
import { sendDueMail } from './mail-sender.service.js';
import { NotificationOutbox } from './notification-outbox.entity.js';
import { NotificationPreference } from './notification-preference.entity.js';
import { Notification } from './notification.entity.js';
import { NotificationResolver } from './notification.resolver.js';
import { MailFailureResolver } from './mail-failure.resolver.js';

/** The mail sender: due outbox rows go out (every minute). Off without SMTP settings. */
export const MAIL_OUTBOX_QUEUE = 'mail-outbox';
/** The daily digest of non-urgent notifications (07:00), then sent at once. */
export const MAIL_DIGEST_QUEUE = 'mail-digest';

export const notificationsCapability: ModuleCapability = {
  name: 'notifications',
  entities: [Notification, NotificationOutbox, NotificationPreference],
  resolvers: [NotificationResolver, MailFailureResolver],
  jobs: [
    {
      queue: MAIL_OUTBOX_QUEUE,
      cron: '* * * * *',
      cronOption: 'mailCron',
      run: async (orm, now, options) => {
        const settings = mailSettingsFrom(options);
        if (settings) await sendDueMail(orm.em, settings, now);
      },
    },
    {
      queue: MAIL_DIGEST_QUEUE,
      cron: '0 7 * * *',
      cronOption: 'digestCron',
      run: async (orm, now, options) => {
        const settings = mailSettingsFrom(options);
        if (!settings) return;
        await buildDailyDigests(orm.em, now);
        await sendDueMail(orm.em, settings, now);
      },
    },
  ],
};
