import { describe, expect, it } from 'vitest';
import { digestMail, notificationPath, singleMail } from './mail-text.js';
import { mailErrorCode, nextAttemptAt } from './mail-sender.service.js';
import { mailSettingsFrom } from './mail-config.js';

describe('mail text', () => {
  it('a single mail: Dutch subject with the reference, the message, the link, then an English line', () => {
    const mail = singleMail(
      {
        message: 'Opschaling in casus MDA-2026-000123. Besluit gevraagd. / Escalation.',
        reference: 'MDA-2026-000123',
        path: notificationPath('e-1'),
      },
      'https://mda.example',
    );
    expect(mail.subject).toBe('MDA++ MDA-2026-000123: Opschaling in casus MDA-2026-000123');
    expect(mail.text).toContain('Casus: MDA-2026-000123\nBekijken: https://mda.example/escalaties/e-1');
    expect(mail.text.indexOf('Beste collega')).toBeLessThan(mail.text.indexOf('English:'));
  });
  it('a digest lists every item with its reference and link', () => {
    const mail = digestMail(
      [
        { message: 'Eerste.', reference: 'MDA-2026-000001', path: '/meldingen' },
        { message: 'Tweede.', reference: null, path: notificationPath(null) },
      ],
      'https://mda.example',
    );
    expect(mail.subject).toBe('MDA++ dagelijks overzicht: 2 meldingen / daily digest');
    expect(mail.text).toContain('- [MDA-2026-000001] Eerste.\n  https://mda.example/meldingen\n- Tweede.');
  });
});

describe('mail sender rules', () => {
  it('backs off exponentially: 1, 2, 4 minutes after the first, second, third failure', () => {
    const now = new Date('2026-12-07T10:00:00Z');
    expect([1, 2, 3].map((n) => nextAttemptAt(n, now).toISOString())).toEqual([
      '2026-12-07T10:01:00.000Z',
      '2026-12-07T10:02:00.000Z',
      '2026-12-07T10:04:00.000Z',
    ]);
  });
  it('keeps an error code only, never a message that may quote an address', () => {
    const error = Object.assign(new Error('550 5.1.1 <jan@example.nl>: unknown'), {
      code: 'EENVELOPE',
      responseCode: 550,
    });
    expect(mailErrorCode(error)).toBe('EENVELOPE 550');
    expect(mailErrorCode(new Error('boom at jan@example.nl'))).toBe('SEND_FAILED');
    expect(mailErrorCode(Object.assign(new Error('x'), { code: 'bad code with jan@example.nl' }))).toBe('SEND_FAILED');
  });
  it('is off without SMTP settings; host and port or a URL turn it on', () => {
    expect(mailSettingsFrom({})).toBeNull();
    expect(mailSettingsFrom({ smtpUrl: 'smtp://mail.example:25' })?.smtp).toBe('smtp://mail.example:25');
    expect(mailSettingsFrom({ smtpHost: 'mail.example', smtpPort: '2525', webBaseUrl: 'https://w.example/' })).toEqual({
      smtp: { host: 'mail.example', port: 2525, secure: false },
      from: 'MDA++ <noreply@mda.example>',
      webBaseUrl: 'https://w.example',
    });
    expect(() => mailSettingsFrom({ smtpHost: 'mail.example', smtpPort: 'x' })).toThrow(/SMTP_PORT/);
  });
});
