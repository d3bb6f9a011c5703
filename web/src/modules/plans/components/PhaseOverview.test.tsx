import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../../app/i18n/i18n';
import { PhaseOverview } from './PhaseOverview';

const action = (status: string, overdue = false) => ({
  __typename: 'PlanAction' as const,
  id: status,
  status,
  overdue,
});
const goal = (id: string, phase: string | null, actions: ReturnType<typeof action>[]) => ({
  __typename: 'PlanGoal' as const,
  id,
  phase,
  actions,
});

/** The fragment masks are a type-level device; the data is the fragment's shape. */
const render = (goals: ReturnType<typeof goal>[]) => renderToStaticMarkup(<PhaseOverview goals={goals as never} />);

beforeAll(async () => {
  await initI18n();
});

describe('PhaseOverview: the plan per phase at a glance', () => {
  it('shows each phase with its goals and the done / late / open count of their actions, in the plan order', () => {
    const html = render([
      goal('g3', 'RECOVERY', [action('OPEN')]),
      goal('g1', 'DIRECT_SAFETY', [action('DONE'), action('OPEN', true)]),
      goal('g2', 'DIRECT_SAFETY', [action('IN_PROGRESS')]),
    ]);
    expect(html).toContain('Voortgang per fase');
    const direct = html.indexOf('Directe veiligheid');
    const recovery = html.indexOf('Duurzaam herstel');
    expect(direct).toBeGreaterThan(-1);
    expect(recovery).toBeGreaterThan(direct);
    expect(html).not.toContain('Stabiele veiligheid');
    expect(html).toContain('2 doelen');
    expect(html).toContain('1 van 3 acties klaar');
    expect(html).toContain('1 te laat');
    expect(html).toContain('data-done="1" data-late="1" data-open="1"');
  });

  it('counts a goal whose phase is withheld under "Fase niet gedeeld", and says when a phase has no actions', () => {
    const html = render([goal('g1', null, [action('OPEN')]), goal('g2', 'STABLE_SAFETY', [])]);
    expect(html).toContain('Fase niet gedeeld');
    expect(html).toContain('Stabiele veiligheid');
    expect(html).toContain('nog geen acties');
  });

  it('shows nothing for a plan without goals', () => {
    expect(render([])).toBe('');
  });
});
