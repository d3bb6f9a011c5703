import { type AppAbility, asSubject, defineAbilityFor, packedRulesFor } from '@mda/authz';
import { AbilityProvider, Can } from '@casl/react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ENTRY_CATEGORIES } from '../cases/entries';
import { PLAN_CATEGORIES } from '../plans/planOptions';
import { useAppAbility } from './hooks/useAppAbility';
import { reachOf, testActor, type TestActor } from './testActor';
import {
  abilityFromPermissions,
  mayDeclarePurpose,
  mayDoCasework,
  mayChangePictureEntry,
  mayChangePlanElement,
  mayEditPlan,
  mayJustifyContraIndication,
  mayManageTeam,
  mayProposePlan,
  mayRequestBreakGlass,
  mayReviewBreakGlass,
  maySignOffPlan,
  mayTransitionCase,
  mayUsePrivacyConsole,
  recordableCategories,
  writablePlanCategories,
} from './permissions';

// Personas as the API builds their actor for a session: the web gets their rules packed
// in `me.permissions` (a JSON string) and must decide exactly as the server does.
const persona = testActor;

const PERSONAS = {
  policeProfessional: persona({ organisationType: 'POLICE', roles: ['PROFESSIONAL'] }),
  safeHomeCaseDirector: persona({
    organisationType: 'SAFE_HOME',
    roles: ['CASE_DIRECTOR'],
    directorCaseIds: ['team-case'],
    purpose: 'MDO_PREPARATION',
  }),
  careWithPurpose: persona({
    organisationType: 'CARE',
    roles: ['PROFESSIONAL'],
    purpose: 'PLAN_EXECUTION',
    breakGlassCaseIds: ['emergency-case'],
  }),
  privacyOfficer: persona({ organisationType: 'SAFE_HOME', roles: ['PRIVACY_OFFICER'] }),
  administrator: persona({ organisationType: 'MUNICIPALITY', roles: ['ADMIN'] }),
} as const;

const webAbility = (actor: TestActor): AppAbility =>
  abilityFromPermissions(JSON.stringify(packedRulesFor(actor)), reachOf(actor));
const CASES = ['team-case', 'emergency-case', 'other-case'];

/** Every decision the web makes, as one comparable record. */
function decisions(ability: AppAbility) {
  return {
    casework: mayDoCasework(ability),
    purpose: mayDeclarePurpose(ability),
    breakGlass: mayRequestBreakGlass(ability),
    console: mayUsePrivacyConsole(ability),
    review: mayReviewBreakGlass(ability),
    perCase: CASES.map((id) => ({
      id,
      transition: mayTransitionCase(ability, id),
      manageTeam: mayManageTeam(ability, id),
      record: recordableCategories(ability, id, ENTRY_CATEGORIES),
      plan: {
        edit: mayEditPlan(ability, id),
        propose: mayProposePlan(ability, id),
        signOff: maySignOffPlan(ability, id),
        justify: mayJustifyContraIndication(ability, id),
        categories: writablePlanCategories(ability, id, PLAN_CATEGORIES),
        change: PLAN_CATEGORIES.filter((category) => mayChangePlanElement(ability, id, category)),
      },
    })),
  };
}

describe('the web decides with the API rules from me.permissions', () => {
  it.each(Object.entries(PERSONAS))('%s: the unpacked rules decide like the server', (_name, actor) => {
    expect(decisions(webAbility(actor))).toEqual(decisions(defineAbilityFor(actor, reachOf(actor))));
  });

  it('the privacy officer gets the console and the review queue, no casework', () => {
    expect(decisions(webAbility(PERSONAS.privacyOfficer))).toMatchObject({
      casework: false,
      purpose: false,
      breakGlass: false,
      console: true,
      review: true,
    });
  });

  it('a professional gets casework and emergency access, not the console, and moves no case status', () => {
    const d = decisions(webAbility(PERSONAS.policeProfessional));
    expect(d).toMatchObject({ casework: true, breakGlass: true, console: false, review: false });
    expect(d.perCase.every((c) => !c.transition && !c.manageTeam)).toBe(true);
  });

  it('a case director moves the status and composes the team of a team case only', () => {
    const d = decisions(webAbility(PERSONAS.safeHomeCaseDirector));
    expect(d.perCase.map((c) => [c.id, c.transition, c.manageTeam])).toEqual([
      ['team-case', true, true],
      ['emergency-case', false, false],
      ['other-case', false, false],
    ]);
  });

  it('health and criminal data are recordable only with a purpose, and never under emergency access', () => {
    const withoutPurpose = recordableCategories(webAbility(PERSONAS.policeProfessional), 'team-case', ENTRY_CATEGORIES);
    expect(withoutPurpose).not.toContain('CRIMINAL');
    expect(withoutPurpose).not.toContain('HEALTH');
    const police = recordableCategories(
      webAbility({ ...PERSONAS.policeProfessional, purpose: 'SAFETY_ASSESSMENT' }),
      'team-case',
      ENTRY_CATEGORIES,
    );
    expect(police).toContain('CRIMINAL');
    expect(recordableCategories(webAbility(PERSONAS.careWithPurpose), 'emergency-case', ENTRY_CATEGORIES)).toEqual([]);
  });

  it('the joint plan: partners edit and sign off on their team case; only the case director proposes and justifies', () => {
    const police = decisions(webAbility(PERSONAS.policeProfessional)).perCase;
    expect(police[0]!.plan).toMatchObject({ edit: true, signOff: true, propose: false, justify: false });
    expect(police[0]!.plan.categories).toContain('PLAN');
    expect(police[0]!.plan.categories).not.toContain('CRIMINAL');
    const director = decisions(webAbility(PERSONAS.safeHomeCaseDirector)).perCase;
    expect(director[0]!.plan).toMatchObject({ edit: true, signOff: true, propose: true, justify: true });
    // Emergency access reads, never writes; a case outside the teams allows nothing.
    const care = decisions(webAbility(PERSONAS.careWithPurpose)).perCase;
    expect(care[1]!.plan).toEqual({
      edit: false,
      propose: false,
      signOff: false,
      justify: false,
      categories: [],
      change: [],
    });
    expect(care[2]!.plan).toEqual({
      edit: false,
      propose: false,
      signOff: false,
      justify: false,
      categories: [],
      change: [],
    });
    expect(decisions(webAbility(PERSONAS.privacyOfficer)).perCase.every((c) => !c.plan.edit && !c.plan.signOff)).toBe(
      true,
    );
  });

  it("a picture entry is changed only by its author organisation, in a category it may write; a safety-plan item by its category's writers", () => {
    const police = webAbility(PERSONAS.policeProfessional);
    const own = { category: 'PLAN' as const, authorOrganisationId: 'o1' };
    // The police persona's organisation is 'o1' (testActor): the same CASL rule as the API's.
    expect(mayChangePictureEntry(police, 'team-case', own)).toBe(true);
    expect(mayChangePictureEntry(police, 'team-case', { ...own, authorOrganisationId: 'other-org' })).toBe(false);
    expect(mayChangePictureEntry(police, 'other-case', own)).toBe(false);
    // Without a declared purpose the police writes no CRIMINAL content, not even its own entry.
    expect(mayChangePictureEntry(police, 'team-case', { ...own, category: 'CRIMINAL' })).toBe(false);
    expect(mayChangePlanElement(police, 'team-case', 'PLAN')).toBe(true);
    expect(mayChangePlanElement(police, 'team-case', 'SECRET_LOCATION')).toBe(false);
    expect(mayChangePlanElement(webAbility(PERSONAS.safeHomeCaseDirector), 'team-case', 'SECRET_LOCATION')).toBe(true);
  });

  it('anything that is not packed rules allows nothing', () => {
    for (const broken of [null, undefined, '', 'not json', '{"a":1}']) {
      expect(decisions(abilityFromPermissions(broken))).toMatchObject({
        casework: false,
        console: false,
        review: false,
        breakGlass: false,
      });
    }
  });
});

describe('useAppAbility and <Can> under the provider', () => {
  function ConsoleLink() {
    return mayUsePrivacyConsole(useAppAbility()) ? <a href="/fg">FG</a> : null;
  }
  const render = (actor: TestActor) =>
    renderToStaticMarkup(
      <AbilityProvider value={webAbility(actor)}>
        <ConsoleLink />
        <Can I="transition" this={asSubject('Case', { id: 'team-case' })}>
          <button>status</button>
        </Can>
      </AbilityProvider>,
    );

  it('renders what the session may do and leaves out what it may not', () => {
    expect(render(PERSONAS.privacyOfficer)).toBe('<a href="/fg">FG</a>');
    expect(render(PERSONAS.safeHomeCaseDirector)).toBe('<button>status</button>');
    expect(render(PERSONAS.policeProfessional)).toBe('');
  });
});
