import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (api/dist/config or api/src/config -> ../../..). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export interface AppConfig {
  nodeEnv: 'production' | 'development' | 'test';
  port: number;
  host: string;
  /** Set: use this PostgreSQL. Unset: start the embedded cluster under `dataDir`. */
  databaseUrl: string | null;
  /**
   * Read replicas (streaming standbys of `databaseUrl`) for the case list and the access log:
   * DATABASE_REPLICA_URLS, comma-separated. Empty: every read goes to the primary.
   */
  replicaUrls: string[];
  dataDir: string;
  embeddedPort: number;
  /** Secret for the keyed hash of BSNs. */
  bsnKey: Buffer;
  sessionTtlHours: number;
  webDistDir: string;
  /**
   * Audit on. Deliberately not settable from the environment: only the benchmark turns it
   * off, in-process, to measure what it costs.
   */
  auditEnabled: boolean;
  /** How long an emergency (break-the-glass) grant lasts. */
  breakGlassHours: number;
  /** Behind a reverse proxy: trust X-Forwarded-For for the client address (rate limiting). */
  trustProxy: boolean;
  /**
   * Origins (scheme://host:port) whose pages may open the realtime websocket with the session
   * cookie, besides the API's own origin. ALLOWED_ORIGINS, comma-separated.
   */
  allowedOrigins: string[];
  /**
   * Sessions read HEALTH, CRIMINAL and SECRET_LOCATION only after a second factor.
   * SECOND_FACTOR_REQUIRED=true|false; on by default in production, off for the demo and tests.
   */
  secondFactorRequired: boolean;
  /** The public origin (scheme://host[:port]) for redirects of single sign-on; PUBLIC_URL, else the request's host. */
  publicUrl: string | null;
}

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer`);
  return n;
}

/**
 * The BSN key must come from the environment in production. For the embedded demo a key is
 * generated once and kept beside the data, so hashes stay stable across restarts.
 */
function bsnKeyFrom(env: NodeJS.ProcessEnv, dataDir: string, nodeEnv: AppConfig['nodeEnv']): Buffer {
  const fromEnv = env.BSN_HASH_KEY;
  if (fromEnv) {
    const key = Buffer.from(fromEnv, 'base64');
    if (key.length < 32) throw new Error('BSN_HASH_KEY must be at least 32 bytes, base64-encoded');
    return key;
  }
  if (nodeEnv === 'production' && env.DATABASE_URL) {
    throw new Error('BSN_HASH_KEY is required in production');
  }
  const file = join(dataDir, 'bsn-hash.key');
  if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(file, key.toString('base64'), { mode: 0o600 });
  return key;
}

/** DATABASE_REPLICA_URLS: postgres:// URLs, comma-separated; anything else stops the start with the position named. */
function replicaUrlsFrom(value: string | undefined): string[] {
  const urls = (value ?? '')
    .split(',')
    .map((u) => u.trim())
    .filter((u) => u.length > 0);
  urls.forEach((u, i) => {
    let protocol = '';
    try {
      protocol = new URL(u).protocol;
    } catch {
      // reported below
    }
    if (protocol !== 'postgres:' && protocol !== 'postgresql:')
      throw new Error(`DATABASE_REPLICA_URLS: entry ${i + 1} is not a postgres:// URL`);
  });
  return urls;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const rawEnv = env.NODE_ENV;
  const nodeEnv: AppConfig['nodeEnv'] = rawEnv === 'production' || rawEnv === 'test' ? rawEnv : 'development';
  const dataDir = resolve(env.MDA_DATA_DIR ?? join(REPO_ROOT, '.data'));
  return {
    nodeEnv,
    port: intFrom(env.PORT, 4000, 'PORT'),
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL && env.DATABASE_URL !== '' ? env.DATABASE_URL : null,
    replicaUrls: replicaUrlsFrom(env.DATABASE_REPLICA_URLS),
    dataDir,
    embeddedPort: intFrom(env.EMBEDDED_PG_PORT, 54329, 'EMBEDDED_PG_PORT'),
    bsnKey: bsnKeyFrom(env, dataDir, nodeEnv),
    sessionTtlHours: intFrom(env.SESSION_TTL_HOURS, 10, 'SESSION_TTL_HOURS'),
    webDistDir: resolve(env.WEB_DIST_DIR ?? join(REPO_ROOT, 'web', 'dist')),
    trustProxy: env.TRUST_PROXY === 'true',
    breakGlassHours: intFrom(env.BREAK_GLASS_HOURS, 4, 'BREAK_GLASS_HOURS'),
    auditEnabled: true,
    secondFactorRequired:
      env.SECOND_FACTOR_REQUIRED === undefined || env.SECOND_FACTOR_REQUIRED === ''
        ? nodeEnv === 'production'
        : env.SECOND_FACTOR_REQUIRED === 'true',
    publicUrl: env.PUBLIC_URL && env.PUBLIC_URL !== '' ? env.PUBLIC_URL.replace(/\/$/, '') : null,
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim().replace(/\/$/, ''))
      .filter((o) => o.length > 0),
  };
}
