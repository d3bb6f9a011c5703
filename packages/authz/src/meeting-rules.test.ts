import { describe, expect, it } from 'vitest';
import type { OrganisationType, UserRole } from '@mda/domain';
import { asSubject, defineAbilityFor, type Actor } from './ability.js';
import { caseAccessFrom, type CaseReach } from './case-access.js';
import { categoriesNotWiderThan, widensAudience } from './categories.js';

const actor = (organisationType: OrganisationType, roles: UserRole[], userId = 'u1', organisationId = 'o1'): Actor => ({
  userId,
  organisationId,
  organisationType,
  roles,
  purpose: 'MDO_PREPARATION',
});
const members = ['o1', 'o2', 'chairOrg'];
const item = (caseId: string | null, chairId = 'chair') =>
  asSubject('MeetingItem', {
    id: `i-${caseId}`,
    caseId,
    kind: caseId ? 'CASE' : 'GENERAL',
    chairId,
    memberOrganisationIds: members,
  });
const police = (reach: CaseReach) => defineAbilityFor(actor('POLICE', ['PROFESSIONAL']), caseAccessFrom(reach));

describe('who hears which agenda item', () => {
  it('an organisation on the team of the case reads and contributes; a member organisation not on it reads nothing', () => {
    const a = police({ team: ['c1', 'c2'] });
    expect(a.can('read', item('c1'))).toBe(true);
    expect(a.can('contribute', item('c2'))).toBe(true);
    expect(a.can('read', item('c3'))).toBe(false);
    expect(a.can('contribute', item('c3'))).toBe(false);
    // The meeting itself and a general item: every member organisation.
    expect(a.can('read', asSubject('Meeting', { id: 'm', chairId: 'chair', memberOrganisationIds: members }))).toBe(
      true,
    );
    expect(a.can('read', item(null))).toBe(true);
  });
  it('emergency access (break-the-glass) does not open an agenda item', () => {
    expect(police({ breakGlass: ['c1'] }).can('read', item('c1'))).toBe(false);
  });
  it('an organisation that is no member of the table reads neither the meeting nor a general item', () => {
    const a = defineAbilityFor(actor('CARE', ['PROFESSIONAL'], 'u9', 'o9'), caseAccessFrom({ team: ['c1'] }));
    expect(a.can('read', asSubject('Meeting', { id: 'm', chairId: 'chair', memberOrganisationIds: members }))).toBe(
      false,
    );
    expect(a.can('read', item(null))).toBe(false);
  });
  it('the privacy officer hears no item', () => {
    const a = defineAbilityFor(actor('POLICE', ['PRIVACY_OFFICER']), caseAccessFrom({ team: ['c1'] }));
    expect(a.can('read', item('c1'))).toBe(false);
  });
});

describe('the agenda and the chair', () => {
  it('a case is put on the agenda by the chair or its accepted case director, not by another team member', () => {
    const chair = defineAbilityFor(
      actor('SAFE_HOME', ['PROCESS_DIRECTOR'], 'chair', 'chairOrg'),
      caseAccessFrom({ team: ['c1'], breakGlass: ['c4'] }),
    );
    expect(chair.can('create', item('c1'))).toBe(true);
    expect(chair.can('create', item(null))).toBe(true);
    // Never a case of another team (nor one reached only by break-the-glass): the API answers NOT_FOUND.
    expect(chair.can('create', item('c3'))).toBe(false);
    expect(chair.can('create', item('c4'))).toBe(false);
    const director = defineAbilityFor(
      actor('LOCAL_TEAM', ['CASE_DIRECTOR'], 'd1', 'o2'),
      caseAccessFrom({ team: ['c1'], director: ['c1'] }),
    );
    expect(director.can('create', item('c1'))).toBe(true);
    expect(director.can('create', item('c2'))).toBe(false);
    expect(police({ team: ['c1'] }).can('create', item('c1'))).toBe(false);
    expect(chair.can('run', asSubject('Meeting', { id: 'm', chairId: 'chair', memberOrganisationIds: members }))).toBe(
      true,
    );
    expect(
      director.can('run', asSubject('Meeting', { id: 'm', chairId: 'chair', memberOrganisationIds: members })),
    ).toBe(false);
  });
  it('a series is created by a process director only', () => {
    expect(defineAbilityFor(actor('SAFETY_HOUSE', ['PROCESS_DIRECTOR'])).can('create', 'MeetingSeries')).toBe(true);
    expect(defineAbilityFor(actor('SAFETY_HOUSE', ['CASE_DIRECTOR'])).can('create', 'MeetingSeries')).toBe(false);
  });
  it('presence at an item the organisation may not hear is refused, also to the chair', () => {
    const chair = defineAbilityFor(actor('SAFE_HOME', ['PROCESS_DIRECTOR'], 'chair', 'chairOrg'));
    const at = (mayHear: boolean, organisationId = 'o1') =>
      asSubject('MeetingAttendance', { id: 'a', chairId: 'chair', organisationId, mayHear });
    expect(chair.can('attend', at(true))).toBe(true);
    expect(chair.can('attend', at(false))).toBe(false);
    const own = police({});
    expect(own.can('attend', at(true, 'o1'))).toBe(true);
    expect(own.can('attend', at(true, 'o2'))).toBe(false);
    expect(own.can('attend', at(false, 'o1'))).toBe(false);
  });
});

describe("changing the data category of another organisation's MDO text", () => {
  const text = (soleAuthorOrganisationId: string | null, category: string, newCategory: string) =>
    asSubject('MeetingItem', { id: 't', soleAuthorOrganisationId, category, newCategory });
  it("Veilig Thuis (reads criminal data) may not widen the police's criminal question to PLAN; the police may", () => {
    const safeHome = defineAbilityFor(actor('SAFE_HOME', ['PROCESS_DIRECTOR'], 'chair', 'chairOrg'));
    expect(safeHome.can('recategorise', text('policeOrg', 'CRIMINAL', 'PLAN'))).toBe(false);
    expect(safeHome.can('recategorise', text('policeOrg', 'CRIMINAL', 'HEALTH'))).toBe(false);
    expect(safeHome.can('recategorise', text('policeOrg', 'CRIMINAL', 'CRIMINAL'))).toBe(true);
    expect(
      defineAbilityFor(actor('POLICE', ['PROFESSIONAL'], 'p', 'policeOrg')).can(
        'recategorise',
        text('policeOrg', 'CRIMINAL', 'PLAN'),
      ),
    ).toBe(true);
  });
  it('a text several organisations wrote is widened by none of them', () => {
    const police = defineAbilityFor(actor('POLICE', ['PROFESSIONAL'], 'p', 'policeOrg'));
    expect(police.can('recategorise', text(null, 'CRIMINAL', 'PLAN'))).toBe(false);
    expect(police.can('recategorise', text(null, 'PLAN', 'CRIMINAL'))).toBe(true);
  });
  it('narrowing is allowed to anyone: PLAN to criminal data, child protection to a secret location', () => {
    const safeHome = defineAbilityFor(actor('SAFE_HOME', ['PROFESSIONAL'], 'v', 'vt'));
    expect(safeHome.can('recategorise', text('policeOrg', 'PLAN', 'CRIMINAL'))).toBe(true);
    expect(safeHome.can('recategorise', text('localOrg', 'CHILD_PROTECTION', 'SECRET_LOCATION'))).toBe(true);
    expect(safeHome.can('recategorise', text('careOrg', 'SECRET_LOCATION', 'CHILD_PROTECTION'))).toBe(false);
  });
  it('widensAudience: a reader more, the case director, or a purpose or second factor no longer needed', () => {
    expect(widensAudience('CRIMINAL', 'PLAN')).toBe(true);
    expect(widensAudience('PLAN', 'CRIMINAL')).toBe(false);
    expect(widensAudience('PLAN', 'IDENTITY')).toBe(false);
    expect(widensAudience('SECRET_LOCATION', 'CHILD_PROTECTION')).toBe(true);
    expect(widensAudience('CHILD_PROTECTION', 'SECRET_LOCATION')).toBe(false);
    expect(widensAudience('CRIMINAL', 'HEALTH')).toBe(true);
    expect(widensAudience('PLAN', 'RESTRICTED_NOTE')).toBe(true);
    expect(categoriesNotWiderThan('CRIMINAL')).toEqual(['CRIMINAL']);
  });
});
