import { describe, expect, it } from 'vitest';
import { sameOriginWsUrl } from './apolloClient';

describe('the subscriptions websocket', () => {
  it("goes to the page's own origin, encrypted when the page is", () => {
    expect(sameOriginWsUrl('/graphql', { protocol: 'https:', host: 'mda.example.nl' })).toBe(
      'wss://mda.example.nl/graphql',
    );
    expect(sameOriginWsUrl('/graphql', { protocol: 'http:', host: 'localhost:5173' })).toBe(
      'ws://localhost:5173/graphql',
    );
  });
});
