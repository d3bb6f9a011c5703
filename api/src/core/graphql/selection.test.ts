import { describe, expect, it } from 'vitest';
import { buildSchema, graphql } from 'graphql';
import { selectsBelow } from './selection.js';

const schema = buildSchema(`
  type Change { at: String }
  type Action { id: ID history: [Change] }
  type Goal { actions: [Action] }
  type Content { goals: [Goal] }
  type Query { workingCopy: Content }
`);

async function asks(query: string): Promise<boolean> {
  let seen: boolean | null = null;
  const result = await graphql({
    schema,
    source: query,
    rootValue: {
      workingCopy: (_args: unknown, _ctx: unknown, info: Parameters<typeof selectsBelow>[0]) => {
        seen = selectsBelow(info, 'history');
        return { goals: [] };
      },
    },
  });
  expect(result.errors).toBeUndefined();
  if (seen === null) throw new Error('resolver not called');
  return seen;
}

describe('selectsBelow', () => {
  it('finds a field nested in the selection', async () => {
    expect(await asks('{ workingCopy { goals { actions { id history { at } } } } }')).toBe(true);
  });
  it('finds it through named and inline fragments', async () => {
    expect(
      await asks(
        'query { workingCopy { goals { ...G } } } fragment G on Goal { actions { ... on Action { history { at } } } }',
      ),
    ).toBe(true);
  });
  it('is false when the field is not asked for', async () => {
    expect(await asks('{ workingCopy { goals { actions { id } } } }')).toBe(false);
  });
});
