import { describe, expect, it } from 'vitest';
import { asSubject, defineAbilityFor, type Actor } from './ability.js';

const actor = (organisationId: string, roles: Actor['roles'], userId = `u-${organisationId}`): Actor => ({
  userId,
  organisationId,
  organisationType: 'MUNICIPALITY',
  roles,
  purpose: null,
});
const fg = defineAbilityFor(actor('gemeente', ['PRIVACY_OFFICER']));
const coordinating = defineAbilityFor(actor('zvh', ['PRIVACY_OFFICER', 'COORDINATING_PRIVACY_OFFICER']));
const log = (organisationId: string, recordedBy: string[] = []) =>
  asSubject('AuditLog', { id: 'r', organisationId, recordedBy });
const person = (organisationIds: string[]) => asSubject('DataSubject', { id: 'p', organisationIds });
const erasure = (requestedById: string, affectedOrganisationIds: string[], status = 'PENDING_APPROVAL') =>
  asSubject('ErasureRequest', { id: 'e', requestedById, affectedOrganisationIds, status });

describe("the privacy officer's mandate", () => {
  it('an FG reads the log of its own users and of the data its organisation recorded, nothing else', () => {
    expect(fg.can('read', log('gemeente'))).toBe(true);
    expect(fg.can('read', log('politie', ['gemeente', 'politie']))).toBe(true);
    expect(fg.can('read', log('politie', ['politie']))).toBe(false);
    expect(coordinating.can('read', log('politie', ['politie']))).toBe(true);
  });

  it('an FG reviews only the emergency access its own organisation took', () => {
    expect(fg.can('review', asSubject('BreakGlassGrant', { id: 'g', organisationId: 'gemeente' }))).toBe(true);
    expect(fg.can('review', asSubject('BreakGlassGrant', { id: 'g', organisationId: 'politie' }))).toBe(false);
    expect(coordinating.can('review', asSubject('BreakGlassGrant', { id: 'g', organisationId: 'politie' }))).toBe(
      false,
    );
  });

  it('art. 15 for persons on its own cases; the joint record and art. 17 only for the coordinating FG', () => {
    expect(fg.can('export', person(['gemeente', 'politie']))).toBe(true);
    expect(fg.can('export', person(['politie']))).toBe(false);
    expect(fg.can('export', person([]))).toBe(false);
    expect(coordinating.can('export', person([]))).toBe(true);
    expect(fg.can('erase', person(['gemeente']))).toBe(false);
    expect(coordinating.can('erase', person(['politie']))).toBe(true);
  });

  it('finds and names only persons on its own cases; the coordinating FG any person; nobody else', () => {
    expect(fg.can('identify', person(['gemeente', 'politie']))).toBe(true);
    expect(fg.can('identify', person(['politie']))).toBe(false);
    expect(fg.can('identify', person([]))).toBe(false);
    expect(coordinating.can('identify', person(['politie']))).toBe(true);
    const director = defineAbilityFor(actor('gemeente', ['CASE_DIRECTOR']));
    expect(director.can('identify', person(['gemeente']))).toBe(false);
  });

  it('four eyes: a second FG of an affected organisation (or the coordinating FG) approves, never the requester', () => {
    expect(fg.can('approve', erasure('u-zvh', ['gemeente', 'zvh']))).toBe(true);
    expect(fg.can('approve', erasure('u-zvh', ['politie']))).toBe(false);
    expect(fg.can('approve', erasure('u-zvh', ['gemeente'], 'APPLIED'))).toBe(false);
    expect(coordinating.can('approve', erasure('u-zvh', ['politie']))).toBe(false);
    expect(coordinating.can('approve', erasure('u-other', ['politie']))).toBe(true);
    expect(coordinating.can('withdraw', erasure('u-zvh', ['politie']))).toBe(true);
    expect(fg.can('withdraw', erasure('u-zvh', ['gemeente']))).toBe(false);
  });

  it('the coordinating designation alone, without the privacy officer role, grants nothing', () => {
    const designationOnly = defineAbilityFor(actor('zvh', ['COORDINATING_PRIVACY_OFFICER']));
    expect(designationOnly.can('read', 'AuditLog')).toBe(false);
    expect(designationOnly.can('export', person([]))).toBe(false);
  });
});
