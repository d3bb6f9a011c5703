import { log } from '../../core/log/logger.js';

/**
 * SMTP settings for the mail sender (docs/notifications.md, "Mail"). They reach the jobs as
 * scheduler options (`startScheduler(url, orm, mailOptionsFromEnv(process.env))`), so a test
 * points the sender at its own SMTP server without touching the environment.
 */
export interface MailSettings {
  /** An smtp:// or smtps:// URL (credentials may be in it), or host and port. */
  smtp: string | { host: string; port: number; secure: boolean; auth?: { user: string; pass: string } };
  from: string;
  /** The web's public origin, for the link in every mail (WEB_BASE_URL, else PUBLIC_URL). */
  webBaseUrl: string;
  /**
   * How long one SMTP conversation may wait (ms). Defaults to SMTP_TIMEOUTS, which end an
   * attempt well within the sender's claim (MAIL_CLAIM_LEASE_MS); a test shortens them.
   */
  timeouts?: SmtpTimeouts;
}

export interface SmtpTimeouts {
  connectionTimeout: number;
  greetingTimeout: number;
  socketTimeout: number;
}

/** At most 30 s to connect, 30 s for the greeting, 60 s of silence: about two minutes in all. */
export const SMTP_TIMEOUTS: SmtpTimeouts = {
  connectionTimeout: 30_000,
  greetingTimeout: 30_000,
  socketTimeout: 60_000,
};

/** The scheduler options the mail jobs read, taken from the environment. */
export function mailOptionsFromEnv(env: NodeJS.ProcessEnv): Record<string, string | undefined> {
  return {
    smtpUrl: env.SMTP_URL,
    smtpHost: env.SMTP_HOST,
    smtpPort: env.SMTP_PORT,
    smtpSecure: env.SMTP_SECURE,
    smtpUser: env.SMTP_USER,
    smtpPassword: env.SMTP_PASSWORD,
    mailFrom: env.MAIL_FROM,
    webBaseUrl: env.WEB_BASE_URL ?? env.PUBLIC_URL,
  };
}

const set = (value: string | undefined): value is string => value !== undefined && value.trim() !== '';

/** The sender's settings, or null when no SMTP server is configured (the demo): the sender is off. */
export function mailSettingsFrom(options: Readonly<Record<string, string | undefined>>): MailSettings | null {
  const from = set(options.mailFrom) ? options.mailFrom : 'MDA++ <noreply@mda.example>';
  const webBaseUrl = (set(options.webBaseUrl) ? options.webBaseUrl : 'http://localhost:4000').replace(/\/$/, '');
  if (set(options.smtpUrl)) return { smtp: options.smtpUrl, from, webBaseUrl };
  if (!set(options.smtpHost)) return null;
  const port = Number(options.smtpPort ?? '587');
  if (!Number.isInteger(port) || port <= 0) throw new Error('SMTP_PORT must be a positive integer');
  return {
    smtp: {
      host: options.smtpHost,
      port,
      secure: options.smtpSecure === 'true',
      ...(set(options.smtpUser) ? { auth: { user: options.smtpUser, pass: options.smtpPassword ?? '' } } : {}),
    },
    from,
    webBaseUrl,
  };
}

/** Says once, at start, whether mail goes out (never the credentials: the host only). */
export function announceMailSender(options: Readonly<Record<string, string | undefined>>): void {
  const settings = mailSettingsFrom(options);
  if (!settings) {
    log.info('mail.sender_off', { reason: 'no SMTP_URL or SMTP_HOST; outbox rows stay unsent' });
    return;
  }
  const host = typeof settings.smtp === 'string' ? new URL(settings.smtp).hostname : settings.smtp.host;
  log.info('mail.sender_on', { host });
}
