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
    const item = { id: 'i1', label: 'Casus 1', participantIds: ['vt', 'wijkteam'] };
    expect(attendanceOrganisations([police, safeHome, localTeam], item)).toEqual([safeHome, localTeam]);
    // An organisation recording only for itself, at an item it may not hear: nothing to offer.
    expect(attendanceOrganisations([police], item)).toEqual([]);
  });
});
