/**
 * Fault injection for crash tests: when MDA_FAULT_PAUSE names this point (never in
 * production), the request announces it on stdout and hangs, so a test can kill the
 * process at exactly this moment (e.g. inside createCase's open transaction).
 */
export async function faultPoint(name: string): Promise<void> {
  if (process.env.NODE_ENV === 'production' || process.env.MDA_FAULT_PAUSE !== name) return;
  process.stdout.write(`FAULT_POINT_REACHED ${name}\n`);
  await new Promise<never>(() => undefined);
}
