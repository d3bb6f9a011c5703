import { describe, expect, it } from 'vitest';
import { attendanceOrganisations } from './AttendanceSection';

const police = { id: 'police', name: 'Politie' };
const safeHome = { id: 'vt', name: 'Veilig Thuis' };
const localTeam = { id: 'wijkteam', name: 'Wijkteam' };

describe('attendanceOrganisations: whom the attendance form offers', () => {
  it('offers every organisation the viewer may record for when the whole meeting is chosen', () => {
    expect(attendanceOrganisations([police, safeHome, localTeam], undefined)).toEqual([police, safeHome, localTeam]);
  });

  it('at an item offers only the organisations that may take part in it (on the case team), never one outside', () => {
    const item = { id: 'i1', kind: 'CASE', label: 'Casus 1', participantIds: ['vt', 'wijkteam'] };
    expect(attendanceOrganisations([police, safeHome, localTeam], item)).toEqual([safeHome, localTeam]);
    // An organisation recording only for itself, at an item it may not hear: nothing to offer.
    expect(attendanceOrganisations([police], item)).toEqual([]);
  });

  it('a general item (no case, no participant list) is open to every member, as the API allows', () => {
    const general = { id: 'i4', kind: 'GENERAL', label: 'Rondvraag', participantIds: [] };
    expect(attendanceOrganisations([police, safeHome], general)).toEqual([police, safeHome]);
  });
});
