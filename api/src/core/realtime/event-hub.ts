import { log } from '../log/logger.js';
import type { RealtimeEvent } from './realtime-event.js';

export type RealtimeListener = (event: RealtimeEvent) => void;

/**
 * In-process fan-out of the events this instance received from PostgreSQL to the
 * subscriptions open on this instance. Holds no data beyond the ids in the events.
 */
export class EventHub {
  private readonly listeners = new Set<RealtimeListener>();

  on(listener: RealtimeListener): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  get subscriberCount(): number {
    return this.listeners.size;
  }

  publish(event: RealtimeEvent): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        log.error('realtime.listener_failed', { kind: error instanceof Error ? error.constructor.name : 'unknown' });
      }
    }
  }
}
