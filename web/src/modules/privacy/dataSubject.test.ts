import { describe, expect, it } from 'vitest';
import { exportFileName, isPersonId, summariseExport } from './dataSubject';

// The shape of the API's art. 15 document (modules/privacy/data-subject.service.ts).
const document = JSON.stringify({
  kind: 'AVG art. 15 inzageverzoek / data-subject access export',
  generatedAt: '2026-03-05T10:00:00.000Z',
  person: {
    id: '7d0c2a0e-1111-4222-8333-444455556666',
    first_name: 'Sanne',
    last_name: 'de Vries',
    address: 'Straat 1',
    phone: null,
    shelter_address: 'Geheim 2',
    safe_contact: null,
  },
  cases: [{ id: 'c1', reference: 'MDA-2026-000001', rolesOfThisPerson: ['VICTIM'] }],
  disclosures: [
    {
      reference: 'MDA-2026-000001',
      organisation: 'Veilig Thuis',
      organisation_type: 'SAFE_HOME',
      legal_basis_kind: 'COVENANT',
      legal_basis_article: 'art. 7',
      legal_basis_statute: null,
      consent_date: null,
      valid_from: '2026-01-10',
      valid_until: null,
      ended_at: null,
    },
    {
      reference: 'MDA-2026-000001',
      organisation: 'Politie',
      organisation_type: 'POLICE',
      legal_basis_kind: 'LEGAL_DUTY',
      legal_basis_article: null,
      legal_basis_statute: 'Wpg art. 16',
      consent_date: null,
      valid_from: '2026-01-12',
      valid_until: null,
      ended_at: '2026-02-01T10:00:00Z',
    },
  ],
  recordedInformation: [
    { reference: 'MDA-2026-000001', category: 'HEALTH', content_withheld: false },
    { reference: 'MDA-2026-000001', category: 'HEALTH', content_withheld: false },
    { reference: 'MDA-2026-000001', category: 'RESTRICTED_NOTE', content_withheld: true },
  ],
  consultations: [
    {
      day: '2026-03-01',
      organisation: 'Veilig Thuis',
      action: 'READ',
      purpose: 'MDO_PREPARATION',
      emergency_access: false,
      times: 4,
      categories: ['IDENTITY'],
    },
    {
      day: '2026-03-02',
      organisation: 'Politie',
      action: 'READ',
      purpose: null,
      emergency_access: true,
      times: 1,
      categories: null,
    },
  ],
  leftOut: 'Gegevens van andere gezinsleden',
});

describe('summariseExport', () => {
  const summary = summariseExport(document);

  it('names the person and the cases', () => {
    expect(summary.name).toBe('Sanne de Vries');
    expect(summary.caseReferences).toEqual(['MDA-2026-000001']);
  });

  it('lists the categories held: identity always, contact and secret location when present, recorded items counted', () => {
    expect(summary.categories).toEqual([
      { category: 'IDENTITY', items: 0 },
      { category: 'CONTACT', items: 0 },
      { category: 'SECRET_LOCATION', items: 0 },
      { category: 'HEALTH', items: 2 },
      { category: 'RESTRICTED_NOTE', items: 1 },
    ]);
    expect(summary.withheldItems).toBe(1);
  });

  it('gives each disclosure its basis and period, an ended membership ending on its day', () => {
    expect(
      summary.disclosures.map((d) => [d.organisation, d.legalBasisKind, d.legalBasisDetail, d.validUntil]),
    ).toEqual([
      ['Veilig Thuis', 'COVENANT', 'art. 7', null],
      ['Politie', 'LEGAL_DUTY', 'Wpg art. 16', '2026-02-01'],
    ]);
  });

  it('adds up the consultations and keeps emergency access marked', () => {
    expect(summary.consultationCount).toBe(5);
    expect(summary.consultations[1]).toMatchObject({ organisation: 'Politie', emergencyAccess: true, categories: [] });
  });

  it('refuses a document that is not an export', () => {
    expect(() => summariseExport('{"person":null}')).toThrow();
    expect(() => summariseExport('not json')).toThrow();
  });
});

describe('exportFileName and isPersonId', () => {
  it('names the file by id and day, never by name', () => {
    expect(exportFileName('7d0c2a0e-1111-4222-8333-444455556666', '2026-03-05T10:00:00.000Z')).toBe(
      'inzageverzoek-7d0c2a0e-1111-4222-8333-444455556666-2026-03-05.json',
    );
    // 23:30 UTC on 5 March is already 6 March in the Netherlands.
    expect(exportFileName('7d0c2a0e-1111-4222-8333-444455556666', '2026-03-05T23:30:00.000Z')).toBe(
      'inzageverzoek-7d0c2a0e-1111-4222-8333-444455556666-2026-03-06.json',
    );
  });
  it('recognises a person id', () => {
    expect(isPersonId(' 7d0c2a0e-1111-4222-8333-444455556666 ')).toBe(true);
    expect(isPersonId('Sanne de Vries')).toBe(false);
  });
});
