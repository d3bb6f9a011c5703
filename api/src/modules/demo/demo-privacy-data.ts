import { createHash } from 'node:crypto';
import type { OrganisationType } from '@mda/domain';
import type { DataCategory } from '@mda/authz';
import type { DemoCase, DemoData } from './demo-data.js';

/*
 * The privacy-relevant part of the synthetic demo region, derived deterministically from
 * the base demo data: contact details, secret locations of victims, shared case entries in
 * every data category, and accepted director assignments. All of it is invented.
 */

export interface DemoPersonDetails {
  personKey: string;
  address: string | null;
  phone: string | null;
  shelterAddress: string | null;
  safeContact: string | null;
}

export interface DemoEntry {
  caseReference: string;
  category: DataCategory;
  authorOrganisationKey: string;
  authorEmail: string;
  title: string;
  body: string;
  occurredOn: string;
  concernsPersonKeys: string[];
  audience: OrganisationType[];
}

export interface DemoDirector {
  caseReference: string;
  email: string;
  kind: 'CASE_DIRECTOR' | 'PROCESS_DIRECTOR';
}

export interface DemoPrivacyData {
  details: DemoPersonDetails[];
  entries: DemoEntry[];
  directors: DemoDirector[];
}

/** A stable number in [0, 1) from a key: the same demo data on every run. */
function unit(key: string): number {
  return createHash('sha256').update(key).digest().readUInt32BE(0) / 2 ** 32;
}

const STREETS = [
  'Beijerlandselaan',
  'Groene Hilledijk',
  'Dordtselaan',
  'Hoogstraat',
  'Nieuwe Binnenweg',
  'Broersvest',
  'Hoogstraat',
  'Westlandseweg',
  'Kerkweg',
  'Lange Nieuwstraat',
  'Marktplein',
  'Spoorsingel',
];
const SHELTERS = [
  'Opvanglocatie A (adres alleen bij opvang bekend)',
  'Blijf-van-mijn-lijfhuis regio Rijnmond, locatie 2',
  'Tijdelijke woning via Centrum huiselijk geweld',
  'Logeeradres bij familie (geheim)',
];

function phoneOf(key: string): string {
  return `06-${String(Math.floor(unit(`phone:${key}`) * 1e8)).padStart(8, '0')}`;
}

const ENTRY_TEMPLATES: Readonly<
  Record<
    Exclude<DataCategory, 'IDENTITY' | 'CONTACT' | 'SECRET_LOCATION'>,
    { authorTypes: OrganisationType[]; title: string; body: string; audience?: OrganisationType[] }[]
  >
> = {
  CRIMINAL: [
    {
      authorTypes: ['POLICE'],
      title: 'Incident huiselijk geweld',
      body: 'Politie ter plaatse na melding van buren. Verdachte aangehouden; aangifte opgenomen van mishandeling.',
    },
    {
      authorTypes: ['PROBATION'],
      title: 'Toezicht reclassering',
      body: 'Bijzondere voorwaarden: wekelijkse meldplicht en contactverbod met het slachtoffer.',
    },
    {
      authorTypes: ['PROSECUTION'],
      title: 'Strafzaak',
      body: 'Zaak aangebracht bij ZSM; dagvaarding voor de politierechter in voorbereiding.',
    },
  ],
  HEALTH: [
    {
      authorTypes: ['CARE'],
      title: 'Behandeling GGZ',
      body: 'Behandeling gestart voor posttraumatische stressklachten; afspraken om de week.',
    },
    {
      authorTypes: ['CARE', 'PROBATION'],
      title: 'Verslavingszorg',
      body: 'Ambulante behandeling voor alcoholproblematiek; terugval gemeld in de afgelopen maand.',
    },
  ],
  CHILD_PROTECTION: [
    {
      authorTypes: ['YOUTH_PROTECTION'],
      title: 'Ondertoezichtstelling',
      body: 'OTS uitgesproken voor een jaar; gezinsvoogd toegewezen en eerste huisbezoek gepland.',
    },
    {
      authorTypes: ['CHILD_PROTECTION_BOARD'],
      title: 'Raadsonderzoek',
      body: 'Beschermingsonderzoek gestart naar aanleiding van verzoek Veilig Thuis.',
    },
  ],
  PLAN: [
    {
      authorTypes: ['SAFE_HOME', 'LOCAL_TEAM'],
      title: 'Afspraak uit het MDO',
      body: 'Veiligheidsplan opstellen binnen vijf werkdagen; casusregisseur bespreekt dit met het gezin.',
    },
  ],
  RESTRICTED_NOTE: [
    {
      authorTypes: ['POLICE'],
      title: 'Lopend onderzoek',
      body: 'Opsporingsonderzoek loopt; niet met betrokkenen bespreken.',
      audience: ['POLICE', 'PROSECUTION'],
    },
  ],
};

function daysAfter(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);
}

function entriesFor(c: DemoCase, orgType: Map<string, OrganisationType>, authorOf: Map<string, string>): DemoEntry[] {
  const onTeam = c.team.map((m) => m.organisationKey);
  const victims = c.members.filter((m) => m.roles.includes('VICTIM')).map((m) => m.personKey);
  const perpetrators = c.members.filter((m) => m.roles.includes('PERPETRATOR')).map((m) => m.personKey);
  const out: DemoEntry[] = [];
  for (const [category, templates] of Object.entries(ENTRY_TEMPLATES) as [
    DemoEntry['category'],
    (typeof ENTRY_TEMPLATES)['PLAN'],
  ][]) {
    templates.forEach((t, i) => {
      const author = onTeam.find((key) => t.authorTypes.includes(orgType.get(key) as OrganisationType));
      if (!author || unit(`${c.reference}:${category}:${i}`) > 0.75) return;
      const concerns =
        category === 'CHILD_PROTECTION'
          ? c.members.filter((m) => m.roles.includes('CHILD')).map((m) => m.personKey)
          : category === 'CRIMINAL' || category === 'RESTRICTED_NOTE'
            ? perpetrators
            : victims;
      if (concerns.length === 0) return;
      out.push({
        caseReference: c.reference,
        category,
        authorOrganisationKey: author,
        authorEmail: authorOf.get(author) as string,
        title: t.title,
        body: t.body,
        occurredOn: daysAfter(c.openedAt, 3 + i * 7),
        concernsPersonKeys: concerns,
        audience: t.audience ?? [],
      });
    });
  }
  return out;
}

export function generatePrivacyData(data: DemoData): DemoPrivacyData {
  const orgType = new Map(data.organisations.map((o) => [o.key, o.type]));
  const professionalOf = new Map<string, string>();
  for (const u of data.users)
    if (u.roles.includes('PROFESSIONAL') && !professionalOf.has(u.organisationKey))
      professionalOf.set(u.organisationKey, u.email);
  const directorOf = (orgKey: string, role: 'CASE_DIRECTOR' | 'PROCESS_DIRECTOR') =>
    data.users.find((u) => u.organisationKey === orgKey && u.roles.includes(role))?.email;

  const victimKeys = new Set<string>();
  for (const c of data.cases) {
    if (c.status === 'CLOSED') continue;
    // Victims of intimate terror and honour-related violence often live at a secret address.
    const atRisk = ['INTIMATE_TERROR', 'INTIMATE_TERROR_WITHOUT_CHILDREN', 'HARMFUL_TRADITIONAL_PRACTICES'].includes(
      c.profile,
    );
    if (atRisk && unit(`shelter:${c.reference}`) < 0.7) {
      for (const m of c.members)
        if (m.roles.includes('VICTIM') && !m.roles.includes('PERPETRATOR')) victimKeys.add(m.personKey);
    }
  }
  const details: DemoPersonDetails[] = data.persons.map((p) => {
    const sheltered = victimKeys.has(p.key);
    const n = Math.floor(unit(`street:${p.key}`) * STREETS.length);
    return {
      personKey: p.key,
      // A sheltered victim's ordinary address is no longer where they are.
      address: `${STREETS[n]} ${1 + Math.floor(unit(`no:${p.key}`) * 240)}`,
      phone: unit(`hasphone:${p.key}`) < 0.8 ? phoneOf(p.key) : null,
      shelterAddress: sheltered ? (SHELTERS[Math.floor(unit(`sh:${p.key}`) * SHELTERS.length)] as string) : null,
      safeContact: sheltered ? `Via casusregisseur; veilig nummer ${phoneOf(`safe:${p.key}`)}` : null,
    };
  });

  const entries = data.cases.flatMap((c) => entriesFor(c, orgType, professionalOf));

  const directors: DemoDirector[] = [];
  for (const c of data.cases) {
    if (c.status !== 'ACTIVE' && c.status !== 'MONITORING') continue;
    const team = c.team.filter((m) => m.validUntil === null).map((m) => m.organisationKey);
    const localTeam = team.find((k) => orgType.get(k) === 'LOCAL_TEAM');
    const pick = unit(`director:${c.reference}`);
    const caseDirector =
      localTeam && pick < 0.5
        ? directorOf(localTeam, 'CASE_DIRECTOR')
        : team.includes('safe-home')
          ? directorOf('safe-home', 'CASE_DIRECTOR')
          : undefined;
    if (caseDirector) directors.push({ caseReference: c.reference, email: caseDirector, kind: 'CASE_DIRECTOR' });
    if (team.includes('safety-house')) {
      const processDirector = directorOf('safety-house', 'PROCESS_DIRECTOR');
      if (processDirector)
        directors.push({ caseReference: c.reference, email: processDirector, kind: 'PROCESS_DIRECTOR' });
    }
  }
  return { details, entries, directors };
}
