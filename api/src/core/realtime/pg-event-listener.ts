import pg from 'pg';
import { log } from '../log/logger.js';

export interface PgEventListenerOptions {
  connectionString: string;
  /** A fixed, trusted identifier (never user input): it is quoted, not parameterised, in LISTEN. */
  channel: string;
  onNotification(payload: string | undefined): void;
  /** First retry after this many ms, doubling up to `maxDelayMs` (with jitter). */
  initialDelayMs?: number;
  maxDelayMs?: number;
}

/**
 * One dedicated PostgreSQL connection per API instance that LISTENs on a channel. When the
 * connection drops (database restart, network, idle kill) it reconnects with exponential
 * backoff; events committed while it was down are not replayed (clients refetch on reconnect,
 * see docs/realtime.md).
 */
export class PgEventListener {
  private client: pg.Client | null = null;
  private stopped = false;
  private attempt = 0;
  private retry: NodeJS.Timeout | null = null;
  private connecting: Promise<void> | null = null;
  /** How many times the connection was (re)established; for tests and health. */
  connections = 0;

  constructor(private readonly options: PgEventListenerOptions) {
    if (!/^[a-z_][a-z0-9_]{0,62}$/.test(options.channel)) throw new Error('invalid LISTEN channel name');
  }

  get listening(): boolean {
    return this.client !== null;
  }

  /** Connects once; on failure the listener keeps retrying in the background and this resolves anyway. */
  async start(): Promise<void> {
    this.stopped = false;
    await this.connect();
  }

  private connect(): Promise<void> {
    this.connecting ??= this.tryConnect().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  private async tryConnect(): Promise<void> {
    if (this.stopped) return;
    const client = new pg.Client({
      connectionString: this.options.connectionString,
      keepAlive: true,
      application_name: 'mda-realtime',
    });
    let dropped = false;
    const onDrop = (error?: Error) => {
      if (dropped) return;
      dropped = true;
      if (this.client === client) this.client = null;
      client.removeAllListeners('notification');
      if (!this.stopped) {
        log.warn('realtime.listener_dropped', { kind: error ? error.constructor.name : 'end' });
        this.scheduleRetry();
      }
    };
    client.on('error', onDrop);
    client.on('end', () => onDrop());
    client.on('notification', (message) => {
      if (message.channel === this.options.channel) this.options.onNotification(message.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN "${this.options.channel}"`);
      if (this.stopped) {
        await client.end().catch(() => undefined);
        return;
      }
      this.client = client;
      this.attempt = 0;
      this.connections += 1;
      log.info('realtime.listening', { channel: this.options.channel, connections: this.connections });
    } catch (error) {
      dropped = true;
      client.removeAllListeners();
      client.on('error', () => undefined);
      await client.end().catch(() => undefined);
      log.warn('realtime.listen_failed', {
        kind: error instanceof Error ? error.constructor.name : 'unknown',
        attempt: this.attempt,
      });
      this.scheduleRetry();
    }
  }

  private scheduleRetry(): void {
    if (this.stopped || this.retry) return;
    const initial = this.options.initialDelayMs ?? 250;
    const max = this.options.maxDelayMs ?? 15_000;
    const delay = Math.min(max, initial * 2 ** this.attempt) * (0.75 + Math.random() * 0.5);
    this.attempt += 1;
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.connect();
    }, delay);
    this.retry.unref();
  }

  /** Ends the connection on purpose (tests use it to simulate a drop: pass `reconnect`). */
  async disconnect(options: { reconnect: boolean } = { reconnect: false }): Promise<void> {
    if (!options.reconnect) this.stopped = true;
    if (this.retry) {
      clearTimeout(this.retry);
      this.retry = null;
    }
    const client = this.client;
    this.client = null;
    // Ending the client emits 'end': with `reconnect` the listener then retries as after a real drop.
    if (client) await client.end().catch(() => undefined);
  }

  async stop(): Promise<void> {
    await this.disconnect({ reconnect: false });
    await this.connecting;
  }
}
