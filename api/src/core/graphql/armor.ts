import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Limits every operation must keep, over HTTP and WebSocket alike: depth, aliases, directives,
 * tokens and cost. The web's own operations are checked against them in `armor.test.ts`, so a
 * page whose query grows too deep fails a unit test instead of answering 400 in the browser.
 */
export function apiArmor(): ApolloArmor {
  return new ApolloArmor({
    maxDepth: { n: 10, ignoreIntrospection: true },
    maxAliases: { n: 15 },
    maxDirectives: { n: 20 },
    // Tokens are counted before parsing (core/http/json-errors.ts, tokenLimit): armor's parser hook answered HTTP 500.
    maxTokens: { enabled: false },
    costLimit: { maxCost: 5000 },
    blockFieldSuggestion: { enabled: true },
  });
}
