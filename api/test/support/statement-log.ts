/**
 * The SQL statements a platform sends, through MikroORM's query logger, for no-N+1 tests.
 * Log lines arrive coloured; they are compared without the colour codes (a plain
 * `startsWith('[query]')` matched nothing and let such a test pass on zero statements).
 */
export function statementLog(): {
  orm: { debug: ['query']; logger: (message: string) => void };
  /** Starts a new window. */
  reset(): void;
  /** The statements of the read in this window: the audit trail's own transaction (group-committed with other requests) left out. */
  reads(): string[];
  /** Every statement of this window, whole. */
  all(): string[];
} {
  let statements: string[] = [];
  return {
    orm: {
      debug: ['query'],
      logger: (message: string) => {
        const plain = message.replace(/\x1b\[[0-9;]*m/g, '');
        if (plain.startsWith('[query]')) statements.push(plain);
      },
    },
    reset: () => {
      statements = [];
    },
    all: () => [...statements],
    reads: () =>
      statements
        .filter((s) => !/audit\./.test(s) && !/^\[query\] (begin|commit|set local|select pg_advisory)/i.test(s))
        .map((s) => s.slice(0, 100)),
  };
}
