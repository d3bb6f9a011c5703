import { describe, expect, it } from 'vitest';
import { isChangeByOthers, NO_OWN_WRITES, OWN_ECHO_WINDOW_MS, writeFinished, writeStarted } from './liveNotice';

const OWN = 'own-org';
const unknown = { byOrganisation: null };
const mine = { byOrganisation: { id: OWN } };
const partner = { byOrganisation: { id: 'police-org' } };

describe('the "plan bijgewerkt" notice announces only changes by others', () => {
  it('announces any change when the user has not saved anything', () => {
    expect(isChangeByOthers(unknown, OWN, NO_OWN_WRITES, 1_000)).toBe(true);
    expect(isChangeByOthers(mine, OWN, NO_OWN_WRITES, 1_000)).toBe(true);
    expect(isChangeByOthers(partner, OWN, NO_OWN_WRITES, 1_000)).toBe(true);
  });

  it('keeps quiet about the echo of the own save: while it is under way and shortly after', () => {
    const sending = writeStarted(NO_OWN_WRITES);
    expect(isChangeByOthers(unknown, OWN, sending, 1_000)).toBe(false);
    expect(isChangeByOthers(mine, OWN, sending, 1_000)).toBe(false);
    const done = writeFinished(sending, 1_000);
    expect(done.inFlight).toBe(0);
    expect(isChangeByOthers(unknown, OWN, done, 1_000 + OWN_ECHO_WINDOW_MS)).toBe(false);
    expect(isChangeByOthers(mine, OWN, done, 1_500)).toBe(false);
  });

  it('announces again once the window after the own save has passed', () => {
    const done = writeFinished(writeStarted(NO_OWN_WRITES), 1_000);
    expect(isChangeByOthers(unknown, OWN, done, 1_000 + OWN_ECHO_WINDOW_MS + 1)).toBe(true);
  });

  it('always announces a change that names another organisation, even during the own save', () => {
    const sending = writeStarted(writeStarted(NO_OWN_WRITES));
    expect(isChangeByOthers(partner, OWN, sending, 1_000)).toBe(true);
    expect(isChangeByOthers(partner, OWN, writeFinished(sending, 1_000), 1_001)).toBe(true);
  });

  it('two overlapping saves: quiet until both are answered', () => {
    const two = writeStarted(writeStarted(NO_OWN_WRITES));
    const one = writeFinished(two, 1_000);
    expect(one.inFlight).toBe(1);
    expect(isChangeByOthers(unknown, OWN, one, 1_000 + OWN_ECHO_WINDOW_MS + 10)).toBe(false);
    expect(isChangeByOthers(unknown, OWN, writeFinished(one, 2_000), 2_000 + OWN_ECHO_WINDOW_MS + 10)).toBe(true);
  });

  it('without knowing the own organisation, a named one is still announced', () => {
    expect(isChangeByOthers(partner, null, writeStarted(NO_OWN_WRITES), 1_000)).toBe(true);
  });
});
