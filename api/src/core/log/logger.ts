/**
 * Structured log lines without personal data: callers pass codes, ids and counts only,
 * never names, e-mail addresses, BSNs or free text typed by users.
 */
export type LogFields = Record<string, string | number | boolean | null | undefined>;

function write(level: 'info' | 'warn' | 'error', event: string, fields: LogFields): void {
  if (process.env.MDA_LOG === 'silent') return;
  const line = JSON.stringify({ t: new Date().toISOString(), level, event, ...fields });
  (level === 'info' ? process.stdout : process.stderr).write(`${line}\n`);
}

export const log = {
  info: (event: string, fields: LogFields = {}) => write('info', event, fields),
  warn: (event: string, fields: LogFields = {}) => write('warn', event, fields),
  error: (event: string, fields: LogFields = {}) => write('error', event, fields),
};
