import { describe, expect, it } from 'vitest';
import { unreadCount } from './unread';

describe('unreadCount', () => {
  it('counts the notifications without readAt', () => {
    expect(unreadCount([{ readAt: null }, { readAt: '2026-03-01T10:00:00Z' }, { readAt: null }])).toBe(2);
  });

  it('is zero when all are read or there are none', () => {
    expect(unreadCount([{ readAt: '2026-03-01T10:00:00Z' }])).toBe(0);
    expect(unreadCount([])).toBe(0);
  });
});
