/**
 * The text of a mail. It carries only what the notification already says (its message was
 * checked for personal data by `notify`), the case reference and a link into the platform:
 * never a name, a BSN or an address. Dutch first, an English line second.
 */
export interface MailText {
  subject: string;
  text: string;
}

export interface MailItem {
  message: string;
  reference: string | null;
  /** A path in the web, e.g. /escalaties/<id> or /meldingen. */
  path: string;
}

const FOOTER_NL =
  'Deze e-mail bevat bewust geen persoonsgegevens: open MDA++ om de casus te bekijken. ' +
  'Meldingen die niet dringend zijn kunt u bundelen in een dagelijks overzicht of uitzetten onder Meldingen > E-mailvoorkeuren.';
const FOOTER_EN =
  'This e-mail deliberately holds no personal data: open MDA++ to see the case. Non-urgent notifications can be bundled in a daily digest or switched off under Meldingen > E-mailvoorkeuren.';

/** The web path a notification points to: its escalation, else the notifications page. */
export function notificationPath(escalationId: string | null): string {
  return escalationId ? `/escalaties/${escalationId}` : '/meldingen';
}

/** The first sentence, at most 120 characters (the subject). */
function firstSentence(message: string): string {
  return (message.split(/[.!?] | \/ /)[0] ?? message).slice(0, 120).trim();
}

export function singleMail(item: MailItem, webBaseUrl: string): MailText {
  const link = `${webBaseUrl}${item.path}`;
  const casus = item.reference ? `Casus: ${item.reference}\n` : '';
  return {
    subject: `MDA++${item.reference ? ` ${item.reference}` : ''}: ${firstSentence(item.message)}`,
    text:
      `Beste collega,\n\nEr is een nieuwe melding voor u in MDA++.\n\n${item.message}\n\n${casus}Bekijken: ${link}\n\n` +
      `${FOOTER_NL}\n\n--\nEnglish: a new MDA++ notification${item.reference ? ` for case ${item.reference}` : ''}. Open ${link}\n${FOOTER_EN}\n`,
  };
}

export function digestMail(items: readonly MailItem[], webBaseUrl: string): MailText {
  const lines = items.map((i) => `- ${i.reference ? `[${i.reference}] ` : ''}${i.message}\n  ${webBaseUrl}${i.path}`);
  const link = `${webBaseUrl}/meldingen`;
  return {
    subject: `MDA++ dagelijks overzicht: ${items.length} ${items.length === 1 ? 'melding' : 'meldingen'} / daily digest`,
    text:
      `Beste collega,\n\nUw dagelijks overzicht van meldingen in MDA++:\n\n${lines.join('\n')}\n\nAlle meldingen: ${link}\n\n` +
      `${FOOTER_NL}\n\n--\nEnglish: your daily digest of ${items.length} MDA++ notification(s). All notifications: ${link}\n${FOOTER_EN}\n`,
  };
}
