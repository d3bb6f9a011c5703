import { SMTPServer } from 'smtp-server';
import { freePort } from './free-port.js';

/** A mail as the SMTP server received it, decoded: envelope recipients, subject and text. */
export interface CapturedMail {
  to: string[];
  subject: string;
  text: string;
  raw: string;
}

/** RFC 2047 encoded words (=?UTF-8?B?...?= and ?Q?), as nodemailer writes non-ASCII subjects. */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_m, enc: string, data: string) =>
      enc.toLowerCase() === 'b'
        ? Buffer.from(data, 'base64').toString('utf8')
        : Buffer.from(
            data
              .replace(/_/g, ' ')
              .replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
            'latin1',
          ).toString('utf8'),
    );
}

function decodeBody(body: string, encoding: string): string {
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

/** Parses the single-part text mails the sender writes (headers unfolded, body decoded). */
export function parseMail(raw: string, to: string[]): CapturedMail {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const header = (name: string): string =>
    head
      .split('\r\n')
      .find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`))
      ?.slice(name.length + 1)
      .trim() ?? '';
  return {
    to,
    subject: decodeWords(header('Subject')),
    text: decodeBody(raw.slice(split + 4), header('Content-Transfer-Encoding').toLowerCase()).replace(/\r\n/g, '\n'),
    raw,
  };
}

/**
 * A real SMTP server on a free loopback port that keeps what it receives. `stop()` closes it
 * (the sender then meets a refused connection); `start()` opens it again on the same port.
 */
export class SmtpCapture {
  readonly mails: CapturedMail[] = [];
  private server: SMTPServer | null = null;
  private refusals = 0;
  private answerDelayMs = 0;
  private constructor(readonly port: number) {}

  static async start(): Promise<SmtpCapture> {
    const capture = new SmtpCapture(await freePort());
    await capture.start();
    return capture;
  }

  /**
   * The next `count` mails are refused at RCPT TO with a temporary error (451, as a greylisting
   * server does): nothing is stored, the client hears the refusal.
   */
  refuseNext(count: number): void {
    this.refusals = count;
  }

  /**
   * Stores each mail, then answers the data only after `ms` (0: at once). A client that times
   * out sooner hears no acceptance although the mail was delivered: the duplicate window.
   */
  answerDataAfter(ms: number): void {
    this.answerDelayMs = ms;
  }

  get running(): boolean {
    return this.server !== null;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo: (_address, _session, callback) => {
        if (this.refusals <= 0) return callback();
        this.refusals -= 1;
        callback(Object.assign(new Error('Greylisted, try again later'), { responseCode: 451 }));
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          this.mails.push(
            parseMail(
              Buffer.concat(chunks).toString('utf8'),
              session.envelope.rcptTo.map((r) => r.address),
            ),
          );
          if (this.answerDelayMs > 0) setTimeout(callback, this.answerDelayMs);
          else callback();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Mails to one address. */
  to(address: string): CapturedMail[] {
    return this.mails.filter((m) => m.to.includes(address));
  }
}
