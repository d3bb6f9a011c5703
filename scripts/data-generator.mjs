// The national-size data generator (docs/scaling.md, "Generated data"): synthetic households,
// persons, cases over ten years in every status, case teams, director assignments, plans with
// goals and actions, case entries, reports, safety scores, escalations, notifications and a
// proportionate audit trail, written with COPY (never row by row) into an already-migrated
// database that holds the demo region (organisations and logins). Deterministic: the same
// seed, size and starting database give the same rows.
//
// Library half: `pnpm data:generate` (scripts/data-generate.mjs) is the command line, and
// api/test/explain-plans.int.test.ts generates a small set into its test database with it.
import { createHash } from 'node:crypto';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';
import { NAME_BACKGROUNDS } from '../api/dist/modules/demo/dutch-names.js';
import { canonicalAuditRecord } from '../api/dist/core/audit/audit-trail.js';
import { MUNICIPALITY_CODES } from '../packages/domain/dist/region.js';

const DAY = 86_400_000;
const YEARS = 10;
/** Audit rows per household when not given: a national trail of 100M rows for 1M households. */
export const DEFAULT_AUDIT_ROWS_PER_HOUSEHOLD = 100;
/** The tables the generator fills: "large" for the EXPLAIN test. */
export const GENERATED_TABLES = [
  'household',
  'person',
  'household_member',
  'case_file',
  'case_team_membership',
  'director_assignment',
  'plan',
  'plan_element',
  'plan_element_change',
  'case_entry',
  'household_report',
  'safety_score',
  'escalation',
  'escalation_history',
  'notification',
  'app_user',
  'organisation',
];

/** Veilig Thuis regions besides the demo region (Rotterdam-Rijnmond, region 0). */
const REGIONS = [
  'Groningen',
  'Friesland',
  'Drenthe',
  'IJsselland',
  'Twente',
  'Noord- en Oost-Gelderland',
  'Gelderland-Midden',
  'Gelderland-Zuid',
  'Utrecht',
  'Noord-Holland Noord',
  'Zaanstreek-Waterland',
  'Kennemerland',
  'Amsterdam-Amstelland',
  'Gooi en Vechtstreek',
  'Haaglanden',
  'Hollands Midden',
  'Zuid-Holland Zuid',
  'Zeeland',
  'Midden- en West-Brabant',
  'Brabant-Noordoost',
  'Zuidoost-Brabant',
  'Limburg-Noord',
  'Zuid-Limburg',
  'Flevoland',
];
const ORG_NAMES = {
  POLICE: (r) => `Politie ${r}`,
  PROSECUTION: (r) => `Openbaar Ministerie ${r}`,
  PROBATION: (r) => `Reclassering ${r}`,
  CHILD_PROTECTION_BOARD: (r) => `Raad voor de Kinderbescherming ${r}`,
  YOUTH_PROTECTION: (r) => `Jeugdbescherming ${r}`,
  LOCAL_TEAM: (r) => `Wijkteam ${r}`,
  SAFE_HOME: (r) => `Veilig Thuis ${r}`,
  CENTRE: (r) => `Centrum huiselijk geweld ${r}`,
  SAFETY_HOUSE: (r) => `Zorg- en Veiligheidshuis ${r}`,
  CARE: (r) => `GGZ ${r}`,
  MUNICIPALITY: (r) => `Gemeente ${r}`,
};
const PROFILES = [
  'INTIMATE_TERROR',
  'FAMILY_UNDER_STRESS',
  'LONG_TERM_CARE',
  'CHILD_BEHAVIOUR_PARENTING_STRESS',
  'COMPLEX_CONFLICT_DIVORCE',
  'INTIMATE_TERROR_WITHOUT_CHILDREN',
  'CHILD_TO_PARENT_ABUSE',
  'CHILD_ABUSE',
  'ELDER_ABUSE',
  'YOUTH_PROSTITUTION_TRAFFICKING',
  'HARMFUL_TRADITIONAL_PRACTICES',
  'SEXUAL_VIOLENCE',
];
const DOMAINS = [
  'SAFETY',
  'HOUSING',
  'INCOME_DEBT',
  'HEALTH_ADDICTION',
  'PARENTING_CHILDREN',
  'JUSTICE',
  'SOCIAL_NETWORK',
];
const PHASES = ['DIRECT_SAFETY', 'STABLE_SAFETY', 'RECOVERY'];
const STREETS = [
  'Hoogstraat',
  'Kerkstraat',
  'Marktplein',
  'Dorpsstraat',
  'Molenweg',
  'Stationsweg',
  'Schoolstraat',
  'Julianalaan',
  'Beatrixstraat',
  'Havenkade',
];
const ENTRY_KINDS = [
  ['CRIMINAL', 'POLICE', 'Incident huiselijk geweld', 'Politie ter plaatse na melding van buren; aangifte opgenomen.'],
  [
    'CHILD_PROTECTION',
    'SAFE_HOME',
    'Veiligheidsbeoordeling',
    'Veiligheidsbeoordeling afgerond; afspraken met ouders vastgelegd.',
  ],
  ['HEALTH', 'CARE', 'Intake GGZ', 'Intake heeft plaatsgevonden; behandeling start binnen vier weken.'],
  ['CONTACT', 'LOCAL_TEAM', 'Huisbezoek', 'Huisbezoek afgelegd; gezin staat open voor hulp bij schulden.'],
];
const READ_FIELDS = [
  ['Case', ['household', 'reference', 'status', 'team'], ['IDENTITY']],
  ['Person', ['address', 'dateOfBirth', 'firstName', 'lastName', 'phone'], ['CONTACT', 'IDENTITY']],
  ['Plan', ['goals', 'picture', 'status'], ['PLAN']],
  ['CaseEntry', ['body', 'title'], ['CRIMINAL']],
];
const PURPOSES = ['MDO_PREPARATION', 'PLAN_EXECUTION', 'SAFETY_ASSESSMENT'];

/** mulberry32: small, fast and deterministic. */
function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const hex8 = () => (Math.floor(next() * 0x100000000) >>> 0).toString(16).padStart(8, '0');
  return {
    next,
    int,
    pick: (list) => list[int(list.length)],
    chance: (p) => next() < p,
    /** A version-4-shaped uuid drawn from the generator (deterministic, never from the clock). */
    uuid: () => {
      const a1 = hex8();
      const b = hex8();
      const c = hex8();
      const d = hex8();
      return `${a1}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${((parseInt(c[0], 16) & 3) | 8).toString(16)}${c.slice(1, 4)}-${c.slice(4)}${d}`;
    },
    hex: (n) =>
      Array.from({ length: Math.ceil(n / 8) }, hex8)
        .join('')
        .slice(0, n),
  };
}

// COPY text format: \N for null, backslash escapes; arrays as PostgreSQL array literals.
const esc = (v) =>
  v === null || v === undefined
    ? '\\N'
    : String(v).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
const arr = (list) =>
  `{${list.map((x) => (/^[A-Za-z0-9_.:-]+$/.test(x) ? x : `"${String(x).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`)).join(',')}}`;
const iso = (ms) => new Date(ms).toISOString();
const day = (ms) => new Date(ms).toISOString().slice(0, 10);

/** One COPY stream per table, fed in batches, with backpressure. */
class CopySink {
  constructor(client, table, columns) {
    this.table = table;
    this.rows = 0;
    this.buffer = [];
    this.stream = client.query(
      copyStreams.from(`copy ${table} (${columns.map((c) => `"${c}"`).join(', ')}) from stdin`),
    );
    this.done = new Promise((resolve, reject) => {
      this.stream.on('finish', resolve);
      this.stream.on('error', reject);
    });
  }

  async add(values) {
    this.buffer.push(values.map(esc).join('\t'));
    this.rows += 1;
    if (this.buffer.length >= 2000) await this.drain();
  }

  async drain() {
    if (this.buffer.length === 0) return;
    const ok = this.stream.write(`${this.buffer.join('\n')}\n`);
    this.buffer = [];
    if (!ok)
      await new Promise((resolve, reject) => {
        this.stream.once('drain', resolve);
        this.stream.once('error', reject);
      });
  }

  async end() {
    await this.drain();
    this.stream.end();
    await this.done;
  }
}

const TABLE_COLUMNS = {
  organisation: ['id', 'name', 'type'],
  app_user: ['id', 'email', 'display_name', 'password_hash', 'organisation_id', 'roles'],
  household: ['id', 'created_at', 'updated_at'],
  person: [
    'id',
    'created_at',
    'updated_at',
    'first_name',
    'last_name',
    'date_of_birth',
    'bsn_hash',
    'address',
    'phone',
  ],
  household_member: ['id', 'created_at', 'updated_at', 'household_id', 'person_id', 'roles'],
  case_file: [
    'id',
    'created_at',
    'updated_at',
    'reference',
    'status',
    'municipality',
    'profile',
    'household_id',
    'opened_at',
    'closed_at',
  ],
  case_team_membership: [
    'id',
    'created_at',
    'updated_at',
    'case_id',
    'organisation_id',
    'legal_basis_kind',
    'legal_basis_article',
    'purpose',
    'valid_from',
    'valid_until',
    'ended_at',
    'added_by_id',
  ],
  director_assignment: [
    'id',
    'created_at',
    'updated_at',
    'case_id',
    'user_id',
    'kind',
    'status',
    'proposed_by_id',
    'accepted_at',
    'ended_at',
    'end_reason',
  ],
  plan: ['id', 'case_id', 'status', 'first_meeting_on', 'version_count', 'created_by_id', 'created_at', 'updated_at'],
  plan_element: [
    'id',
    'case_id',
    'plan_id',
    'kind',
    'category',
    'parent_id',
    'owner_organisation_id',
    'due_on',
    'status',
    'content',
    'author_organisation_id',
    'author_user_id',
    'updated_by_user_id',
    'updated_by_organisation_id',
    'created_at',
    'updated_at',
  ],
  plan_element_change: [
    'id',
    'case_id',
    'plan_id',
    'element_id',
    'kind',
    'category',
    'change',
    'fields',
    'user_id',
    'organisation_id',
    'changed_at',
    'created_at',
    'updated_at',
  ],
  case_entry: [
    'id',
    'created_at',
    'updated_at',
    'case_id',
    'category',
    'author_organisation_id',
    'author_user_id',
    'title',
    'body',
    'occurred_on',
    'concerns',
    'audience',
  ],
  household_report: [
    'id',
    'created_at',
    'updated_at',
    'case_id',
    'received_on',
    'source',
    'acute',
    'external_reference',
    'recorded_by_id',
    'recorded_by_organisation_id',
  ],
  safety_score: [
    'id',
    'created_at',
    'updated_at',
    'case_id',
    'score',
    'scored_by',
    'scored_on',
    'recorded_by_id',
    'recorded_by_organisation_id',
  ],
  escalation: [
    'id',
    'created_at',
    'updated_at',
    'case_id',
    'trigger',
    'source_key',
    'reason',
    'decision_asked',
    'raised_by_id',
    'raised_by_organisation_id',
    'level',
    'deadline_at',
    'decider_body',
    'decider_user_id',
    'status',
    'decision',
    'closed_by_id',
    'closed_at',
  ],
  escalation_history: [
    'id',
    'created_at',
    'updated_at',
    'escalation_id',
    'event',
    'from_level',
    'to_level',
    'deadline_at',
    'actor_id',
    'note',
  ],
  notification: ['id', 'created_at', 'updated_at', 'recipient_id', 'kind', 'case_id', 'message', 'read_at'],
};

/**
 * Fills the database at `databaseUrl` (migrated, with the demo region seeded) with `households`
 * generated households and `auditRows` audit records chained onto the current head, spread
 * evenly in time from `auditFrom` (default: ten years before `now`) to `now`.
 * Connects as a superuser (or the owner) and sets `session_replication_role = replica` on its
 * own connections: no per-row realtime notifications, no per-row foreign-key triggers (the
 * generator writes parents and children consistently itself).
 */
export async function generateData({
  databaseUrl,
  households,
  auditRows = households * DEFAULT_AUDIT_ROWS_PER_HOUSEHOLD,
  seed = 20261207,
  now = Date.UTC(2026, 11, 1),
  auditFrom = null,
  log = () => undefined,
}) {
  if (!Number.isInteger(households) || households < 1) throw new Error('households must be a positive whole number');
  if (!Number.isInteger(auditRows) || auditRows < 0)
    throw new Error('audit rows must be zero or a positive whole number');
  const rnd = prng(seed);
  const started = Date.now();
  const admin = new pg.Client({ connectionString: databaseUrl });
  await admin.connect();
  try {
    const orgs = (await admin.query('select id, type, name from organisation order by name')).rows;
    const users = (
      await admin.query('select id, email, organisation_id, roles, password_hash from app_user order by email')
    ).rows;
    if (orgs.length === 0 || users.length === 0)
      throw new Error(
        'the database holds no organisations or users: migrate and seed the demo region first (node api/dist/cli.js migrate && node api/dist/cli.js seed)',
      );
    const passwordHash = users[0].password_hash;
    const startMs = now - YEARS * 365 * DAY;

    // Regions: region 0 is the demo region; the others get one organisation of each type.
    const regionCount = Math.min(1 + REGIONS.length, Math.max(1, Math.ceil(households / 2000)));
    const region = [{ orgs, users }];
    const newOrgs = [];
    const newUsers = [];
    const existingNames = new Set(orgs.map((o) => o.name));
    for (let r = 1; r < regionCount; r++) {
      const name = REGIONS[r - 1];
      const rOrgs = Object.entries(ORG_NAMES)
        .filter(([, f]) => !existingNames.has(f(name)))
        .map(([type, f]) => ({ id: rnd.uuid(), type, name: f(name) }));
      newOrgs.push(...rOrgs);
      region.push({ orgs: rOrgs, users: [] });
    }
    // Users: per region a professional per organisation, and case directors / process
    // directors in proportion to the region's households (about 60 open cases each).
    const perRegion = Math.ceil(households / regionCount);
    for (let r = 0; r < regionCount; r++) {
      const slug = r === 0 ? 'rijnmond' : REGIONS[r - 1].toLowerCase().replace(/[^a-z]+/g, '-');
      const add = (org, role, n) => {
        const u = {
          id: rnd.uuid(),
          email: `${role.toLowerCase().replace(/_/g, '-')}.${n}.${org.type.toLowerCase().replace(/_/g, '-')}.${slug}@gen.mda.test`,
          organisation_id: org.id,
          roles: [role],
        };
        newUsers.push(u);
        region[r].users.push(u);
      };
      for (const org of region[r].orgs) if (r > 0) add(org, 'PROFESSIONAL', 1);
      const directorOrgs = region[r].orgs.filter((o) => o.type === 'LOCAL_TEAM' || o.type === 'SAFE_HOME');
      const directors = Math.max(1, Math.ceil(perRegion / 100));
      for (let d = 0; d < directors; d++) add(directorOrgs[d % directorOrgs.length], 'CASE_DIRECTOR', d + 1);
      const processOrg = region[r].orgs.find((o) => o.type === 'SAFETY_HOUSE') ?? region[r].orgs[0];
      for (let d = 0; d < Math.max(1, Math.ceil(perRegion / 1000)); d++) add(processOrg, 'PROCESS_DIRECTOR', d + 1);
    }
    for (const r of region) {
      r.byType = new Map();
      for (const o of r.orgs) r.byType.set(o.type, [...(r.byType.get(o.type) ?? []), o]);
      r.orgTypes = [...r.byType.keys()];
      r.caseDirectors = r.users.filter((u) => u.roles.includes('CASE_DIRECTOR'));
      r.processDirectors = r.users.filter((u) => u.roles.includes('PROCESS_DIRECTOR'));
      r.userOf = new Map();
      for (const u of r.users) if (!r.userOf.has(u.organisation_id)) r.userOf.set(u.organisation_id, u);
    }

    // Case references continue each year's counter (new cases by the API never collide).
    const counters = new Map(
      (await admin.query('select year, last_value from case_reference_counter')).rows.map((c) => [
        c.year,
        c.last_value,
      ]),
    );
    const nextReference = (ms) => {
      const year = new Date(ms).getUTCFullYear();
      const n = (counters.get(year) ?? 0) + 1;
      counters.set(year, n);
      return `MDA-${year}-${String(n).padStart(6, '0')}`;
    };

    const clients = [];
    const sinks = {};
    for (const [table, columns] of Object.entries(TABLE_COLUMNS)) {
      const c = new pg.Client({ connectionString: databaseUrl });
      await c.connect();
      await c.query(`set session_replication_role = replica`);
      await c.query('begin');
      clients.push(c);
      sinks[table] = new CopySink(c, table, columns);
    }
    for (const o of newOrgs) await sinks.organisation.add([o.id, o.name, o.type]);
    for (const u of newUsers)
      await sinks.app_user.add([
        u.id,
        u.email,
        u.email.split('@')[0].replace(/[.-]/g, ' '),
        passwordHash,
        u.organisation_id,
        arr(u.roles),
      ]);

    // For the audit trail: per case its opening time, region, team and data subjects.
    const caseOpened = [];
    const caseIds = [];
    const caseRegion = [];
    const caseTeams = [];
    const caseSubjects = [];

    const backgrounds = NAME_BACKGROUNDS.flatMap((b) => Array.from({ length: b.weight }, () => b));
    for (let h = 0; h < households; h++) {
      const r = h % regionCount;
      const reg = region[r];
      const householdId = rnd.uuid();
      const firstOpened = startMs + rnd.int(YEARS * 365) * DAY + rnd.int(DAY);
      const bg = rnd.pick(backgrounds);
      const family = rnd.pick(bg.family);
      const created = iso(firstOpened);
      await sinks.household.add([householdId, created, created]);
      const profile = rnd.pick(PROFILES);
      const members = [];
      const addPerson = async (roles, female, ageYears) => {
        const id = rnd.uuid();
        const dob = day(firstOpened - ageYears * 365 * DAY - rnd.int(365) * DAY);
        const adult = ageYears >= 18;
        await sinks.person.add([
          id,
          created,
          created,
          rnd.pick(female ? bg.female : bg.male),
          family,
          dob,
          rnd.hex(64),
          `${rnd.pick(STREETS)} ${1 + rnd.int(200)}`,
          adult ? `06-${String(10_000_000 + rnd.int(89_999_999))}` : null,
        ]);
        await sinks.household_member.add([rnd.uuid(), created, created, householdId, id, arr(roles)]);
        members.push(id);
      };
      await addPerson(['VICTIM'], true, 22 + rnd.int(40));
      if (profile !== 'ELDER_ABUSE' || rnd.chance(0.5))
        await addPerson(rnd.chance(0.1) ? ['VICTIM', 'PERPETRATOR'] : ['PERPETRATOR'], false, 22 + rnd.int(45));
      if (!profile.endsWith('WITHOUT_CHILDREN'))
        for (let k = rnd.int(4); k > 0; k--) await addPerson(['CHILD'], rnd.chance(0.5), rnd.int(17));
      if (rnd.chance(0.15)) await addPerson(['OTHER'], rnd.chance(0.5), 55 + rnd.int(25));

      // One case per household, a second (earlier one closed) for about one in five.
      const caseCount = rnd.chance(0.2) ? 2 : 1;
      let opened = firstOpened;
      for (let k = 0; k < caseCount; k++) {
        const last = k === caseCount - 1;
        const ageDays = (now - opened) / DAY;
        let status;
        if (!last || ageDays > 900) status = 'CLOSED';
        else if (ageDays < 30) status = rnd.pick(['INTAKE', 'INTAKE', 'ACTIVE']);
        else if (ageDays < 400) status = rnd.pick(['ACTIVE', 'ACTIVE', 'MONITORING', 'INTAKE', 'CLOSED']);
        else status = rnd.pick(['MONITORING', 'CLOSED', 'CLOSED', 'ACTIVE']);
        const closedAt = status === 'CLOSED' ? Math.min(now - DAY, opened + (60 + rnd.int(500)) * DAY) : null;
        const caseId = rnd.uuid();
        const openedIso = iso(opened);
        await sinks.case_file.add([
          caseId,
          openedIso,
          iso(closedAt ?? opened),
          nextReference(opened),
          status,
          rnd.pick(MUNICIPALITY_CODES),
          profile,
          householdId,
          openedIso,
          closedAt === null ? null : iso(closedAt),
        ]);

        // The team: Veilig Thuis and the police nearly always, then two to four others.
        const types = new Set(['SAFE_HOME']);
        if (rnd.chance(0.8)) types.add('POLICE');
        for (let t = 2 + rnd.int(3); t > 0; t--) types.add(rnd.pick(reg.orgTypes));
        const team = [...types].map((t) => rnd.pick(reg.byType.get(t) ?? reg.orgs));
        const firstUser = reg.userOf.get(team[0].id) ?? reg.users[0];
        for (const org of team) {
          await sinks.case_team_membership.add([
            rnd.uuid(),
            openedIso,
            openedIso,
            caseId,
            org.id,
            'COVENANT',
            'Convenant Zorg- en Veiligheidshuis, art. 7',
            'Gezamenlijk plan van aanpak MDA++',
            day(opened),
            closedAt === null ? null : day(closedAt),
            closedAt === null ? null : iso(closedAt),
            firstUser.id,
          ]);
        }
        // A case director once past intake (ended at closure); INTAKE cases wait without one.
        // About one running case in sixteen waits for a director (the waiting list), half of
        // them with a proposal not yet accepted.
        let director = null;
        const waiting = (status === 'ACTIVE' || status === 'MONITORING') && rnd.chance(0.06);
        if (waiting && rnd.chance(0.5)) {
          const proposed = opened + (1 + rnd.int(10)) * DAY;
          await sinks.director_assignment.add([
            rnd.uuid(),
            iso(proposed),
            iso(proposed),
            caseId,
            rnd.pick(reg.caseDirectors).id,
            'CASE_DIRECTOR',
            'PROPOSED',
            firstUser.id,
            null,
            null,
            null,
          ]);
        }
        if (status !== 'INTAKE' && !waiting) {
          director = rnd.pick(reg.caseDirectors);
          const accepted = opened + (1 + rnd.int(20)) * DAY;
          await sinks.director_assignment.add([
            rnd.uuid(),
            iso(accepted),
            iso(closedAt ?? accepted),
            caseId,
            director.id,
            'CASE_DIRECTOR',
            closedAt === null ? 'ACCEPTED' : 'ENDED',
            firstUser.id,
            iso(accepted),
            closedAt === null ? null : iso(closedAt),
            closedAt === null ? null : 'Casus gesloten',
          ]);
          if (rnd.chance(0.3)) {
            const pd = rnd.pick(reg.processDirectors);
            await sinks.director_assignment.add([
              rnd.uuid(),
              iso(accepted),
              iso(closedAt ?? accepted),
              caseId,
              pd.id,
              'PROCESS_DIRECTOR',
              closedAt === null ? 'ACCEPTED' : 'ENDED',
              firstUser.id,
              iso(accepted),
              closedAt === null ? null : iso(closedAt),
              closedAt === null ? null : 'Casus gesloten',
            ]);
          }
        }
        const author = director ?? firstUser;
        const authorOrg = author.organisation_id;
        // Reports (meldingen) that led to the case, entries, and for cases past intake a plan.
        for (let m = 1 + rnd.int(3); m > 0; m--) {
          const received = opened - rnd.int(60) * DAY;
          await sinks.household_report.add([
            rnd.uuid(),
            iso(received),
            iso(received),
            caseId,
            day(received),
            rnd.pick(['POLICE', 'POLICE', 'PROFESSIONAL', 'CITIZEN', 'HOUSEHOLD_MEMBER', 'ANONYMOUS']),
            rnd.chance(0.1),
            null,
            firstUser.id,
            team[0].id,
          ]);
        }
        for (let e = 1 + rnd.int(4); e > 0; e--) {
          const [category, orgType, title, body] = rnd.pick(ENTRY_KINDS);
          const org = team.find((o) => o.type === orgType) ?? team[0];
          const at = opened + rnd.int(Math.max(1, Math.floor(((closedAt ?? now) - opened) / DAY))) * DAY;
          await sinks.case_entry.add([
            rnd.uuid(),
            iso(at),
            iso(at),
            caseId,
            category,
            org.id,
            (reg.userOf.get(org.id) ?? author).id,
            title,
            body,
            day(at),
            arr([rnd.pick(members)]),
            arr([]),
          ]);
        }
        if (status !== 'INTAKE') {
          const planId = rnd.uuid();
          const planAt = opened + (5 + rnd.int(20)) * DAY;
          await sinks.plan.add([planId, caseId, 'DRAFT', day(planAt), 0, author.id, iso(planAt), iso(planAt)]);
          const element = async (kind, parent, content, extra) => {
            const id = rnd.uuid();
            await sinks.plan_element.add([
              id,
              caseId,
              planId,
              kind,
              'PLAN',
              parent,
              extra.owner ?? null,
              extra.due ?? null,
              extra.status ?? null,
              JSON.stringify(content),
              authorOrg,
              author.id,
              author.id,
              authorOrg,
              iso(planAt),
              iso(planAt),
            ]);
            await sinks.plan_element_change.add([
              rnd.uuid(),
              caseId,
              planId,
              id,
              kind,
              'PLAN',
              'CREATE',
              JSON.stringify(
                Object.entries(content)
                  .filter(([, v]) => typeof v === 'string')
                  .map(([field, to]) => ({ field, from: null, to })),
              ),
              author.id,
              authorOrg,
              iso(planAt),
              iso(planAt),
              iso(planAt),
            ]);
            return id;
          };
          await element(
            'PICTURE',
            null,
            { text: 'Spanning in het gezin; eerdere hulp is vastgelopen.', lifeDomain: 'SAFETY' },
            {},
          );
          await element(
            'PICTURE',
            null,
            { text: 'Problematische schulden, geen overzicht over inkomsten en uitgaven.', lifeDomain: 'INCOME_DEBT' },
            {},
          );
          for (const phase of PHASES) {
            const goal = await element(
              'GOAL',
              null,
              {
                phase,
                concerns: [members[0]],
                lifeDomain: rnd.pick(DOMAINS),
                description: 'Slachtoffer en kinderen zijn veilig in en rond de woning',
                justification: null,
                measurableEnd: 'Geen nieuwe incidenten gemeld in drie maanden',
                interventionKind: 'SAFETY_PLANNING',
              },
              {},
            );
            for (let a = 0; a < 2; a++) {
              const due = planAt + (14 + rnd.int(120)) * DAY;
              const done = closedAt !== null || due < now - 60 * DAY;
              await element(
                'ACTION',
                goal,
                {
                  description: 'Veiligheidsplan opstellen met slachtoffer',
                  justification: null,
                  assigneeUserId: null,
                  interventionKind: null,
                  cancellationReason: null,
                },
                { owner: rnd.pick(team).id, due: day(due), status: done ? 'DONE' : rnd.pick(['OPEN', 'IN_PROGRESS']) },
              );
            }
          }
          // Safety scores at 3 and 12 months, by the family and by a professional.
          for (const months of [3, 12]) {
            const on = opened + months * 30 * DAY;
            if (on > (closedAt ?? now)) continue;
            for (const by of ['FAMILY', 'PROFESSIONAL'])
              await sinks.safety_score.add([
                rnd.uuid(),
                iso(on),
                iso(on),
                caseId,
                3 + rnd.int(8),
                by,
                day(on),
                author.id,
                authorOrg,
              ]);
          }
        }
        // Escalations: an open one for a few open cases, a decided one for some closed ones.
        if (status !== 'INTAKE' && rnd.chance(status === 'CLOSED' ? 0.05 : 0.08)) {
          const id = rnd.uuid();
          const raised = closedAt === null ? now - rnd.int(20) * DAY : opened + 30 * DAY;
          const open = closedAt === null;
          const level = 1 + rnd.int(2);
          const decider = level === 1 ? director : rnd.pick(reg.processDirectors);
          await sinks.escalation.add([
            id,
            iso(raised),
            iso(raised),
            caseId,
            'MANUAL',
            `gen:${caseId}:${h}`,
            "Afgesproken intake is na twee MDO's nog niet gepland.",
            'Besluit wie de intake regelt en binnen welke termijn.',
            author.id,
            authorOrg,
            level,
            iso(raised + 3 * DAY),
            level === 1 ? 'De casusregisseur van het huishouden' : 'De procesregisseur, zo nodig in het MDO',
            decider?.id ?? null,
            open ? 'OPEN' : 'DECIDED',
            open ? null : 'Intake binnen een week gepland',
            open ? null : (decider?.id ?? null),
            open ? null : iso(raised + 2 * DAY),
          ]);
          await sinks.escalation_history.add([
            rnd.uuid(),
            iso(raised),
            iso(raised),
            id,
            'RAISED',
            null,
            level,
            iso(raised + 3 * DAY),
            author.id,
            'Trigger MANUAL',
          ]);
          if (decider)
            await sinks.notification.add([
              rnd.uuid(),
              iso(raised),
              iso(raised),
              decider.id,
              'ESCALATION_RAISED',
              caseId,
              'Er is een escalatie voor u aangemaakt.',
              open ? null : iso(raised + DAY),
            ]);
        }
        if (director && rnd.chance(0.3))
          await sinks.notification.add([
            rnd.uuid(),
            openedIso,
            openedIso,
            director.id,
            'DIRECTOR_PROPOSED',
            caseId,
            'U bent voorgesteld als casusregisseur.',
            iso(opened + DAY),
          ]);
        caseOpened.push(opened);
        caseIds.push(caseId);
        caseRegion.push(r);
        caseTeams.push(team);
        caseSubjects.push(members);
        if (closedAt !== null) opened = Math.min(now - DAY, closedAt + (30 + rnd.int(400)) * DAY);
      }
      if (h % 10_000 === 9_999) log(`households ${h + 1}/${households}`);
    }
    const counts = {};
    for (const [table, sink] of Object.entries(sinks)) {
      await sink.end();
      counts[table] = sink.rows;
    }
    for (const c of clients) await c.query('commit');
    for (const c of clients) await c.end();
    for (const [year, value] of counters) {
      await admin.query(
        'insert into case_reference_counter (year, last_value) values ($1, $2) on conflict (year) do update set last_value = greatest(case_reference_counter.last_value, excluded.last_value)',
        [year, value],
      );
    }
    const domainMs = Date.now() - started;
    log(`domain rows written in ${(domainMs / 1000).toFixed(1)} s`);

    // The audit trail, chained onto the current head, in time order over the ten years.
    const auditStarted = Date.now();
    counts['audit.event'] =
      auditRows > 0
        ? await generateAudit(databaseUrl, rnd, {
            auditRows,
            startMs: auditFrom ?? startMs,
            now,
            caseOpened,
            caseIds,
            caseRegion,
            caseTeams,
            caseSubjects,
            region,
            log,
          })
        : 0;
    const auditMs = Date.now() - auditStarted;
    await admin.query('analyze');
    return { counts, domainMs, auditMs, totalMs: Date.now() - started, regions: regionCount };
  } finally {
    await admin.end();
  }
}

const AUDIT_COLUMNS =
  'seq, occurred_at, request_id, actor_user_id, on_behalf_of_user_id, organisation_id, organisation_type, roles, action, subject_type, subject_id, case_id, data_subject_ids, fields, categories, purpose, break_glass_grant_id, outcome, reason, prev_hash, hash';

/**
 * Where one month of generated audit rows goes. A month whose partition exists (or whose rows
 * would fall in the default partition) is copied through the parent. A missing month is
 * built as a plain table, filled, then attached: PostgreSQL then builds its indexes in bulk
 * and clones the row triggers (append-only) onto it; the TRUNCATE trigger is added as
 * `audit.ensure_partition` does. The result is the same partition `ensure_partition` makes.
 */
async function openAuditMonth(client, monthStartMs) {
  const d = new Date(monthStartMs);
  const lower = `${d.toISOString().slice(0, 7)}-01`;
  const next = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1)).toISOString().slice(0, 10);
  const name = `event_${lower.slice(0, 4)}_${lower.slice(5, 7)}`;
  const exists = (
    await client.query(
      `select to_regclass('audit.' || $1) is not null as e,
      exists (select 1 from audit.event_default where occurred_at >= $2::timestamptz and occurred_at < $3::timestamptz) as in_default`,
      [name, `${lower} 00:00:00+00`, `${next} 00:00:00+00`],
    )
  ).rows[0];
  let finish = async () => undefined;
  let target = 'audit.event';
  if (!exists.e && !exists.in_default) {
    target = `audit.${name}`;
    await client.query(`create table ${target} (like audit.event including defaults including constraints)`);
    await client.query(
      `alter table ${target} add constraint ${name}_range check (occurred_at >= '${lower} 00:00:00+00' and occurred_at < '${next} 00:00:00+00')`,
    );
    finish = async () => {
      await client.query(
        `alter table audit.event attach partition ${target} for values from ('${lower} 00:00:00+00') to ('${next} 00:00:00+00')`,
      );
      await client.query(`alter table ${target} drop constraint ${name}_range`);
      await client.query(
        `create trigger event_no_truncate before truncate on ${target} for each statement execute function audit.refuse_change()`,
      );
    };
  }
  const stream = client.query(copyStreams.from(`copy ${target} (${AUDIT_COLUMNS}) from stdin`));
  const done = new Promise((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', reject);
  });
  return {
    stream,
    close: async () => {
      stream.end();
      await done;
      await finish();
    },
  };
}

async function generateAudit(
  databaseUrl,
  rnd,
  { auditRows, startMs, now, caseOpened, caseIds, caseRegion, caseTeams, caseSubjects, region, log },
) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('begin');
    // Lock the head like the writer does: no API instance appends while the generator does.
    const head = (await client.query('select seq, hash from audit.chain_head where id = 1 for update')).rows[0];
    const headTime = (await client.query('select max(occurred_at) as at from audit.event')).rows[0].at;
    // Case indexes in order of opening: at time t, any case opened before t may be read.
    const order = caseIds.map((_, i) => i).sort((a, b) => caseOpened[a] - caseOpened[b]);
    const first = Math.max(startMs, caseOpened[order[0]]);
    // Generated records follow the existing trail in time too, when it already holds records.
    const from = headTime ? Math.max(first, new Date(headTime).getTime() + 1) : first;
    const to = Math.max(from + auditRows, now);
    const step = (to - from) / auditRows;
    let seq = BigInt(head.seq);
    let prevHash = head.hash;
    let pointer = 0;
    let lines = [];
    let lastMs = -1;
    let month = null;
    let monthEnd = -Infinity;
    const flush = async () => {
      if (lines.length === 0) return;
      const ok = month.stream.write(`${lines.join('\n')}\n`);
      lines = [];
      if (!ok) await new Promise((resolve) => month.stream.once('drain', resolve));
    };
    for (let i = 0; i < auditRows; i++) {
      let t = Math.floor(from + i * step);
      if (t <= lastMs) t = lastMs + 1;
      lastMs = t;
      if (t >= monthEnd) {
        if (month) {
          await flush();
          await month.close();
        }
        const d = new Date(t);
        const monthStart = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
        monthEnd = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
        month = await openAuditMonth(client, monthStart);
      }
      while (pointer < order.length && caseOpened[order[pointer]] <= t) pointer++;
      const ci = order[rnd.int(Math.max(1, pointer))];
      const team = caseTeams[ci];
      const org = rnd.pick(team);
      const reg = region[caseRegion[ci]];
      const actor = reg.userOf.get(org.id) ?? rnd.pick(reg.users);
      const [subjectType, fields, categories] = rnd.pick(READ_FIELDS);
      const subjects = caseSubjects[ci];
      const dataSubjects = subjectType === 'Person' ? [rnd.pick(subjects)] : [...subjects].sort();
      seq += 1n;
      const record = {
        seq: seq.toString(),
        occurredAt: iso(t),
        requestId: rnd.hex(16),
        actorUserId: actor.id,
        onBehalfOfUserId: null,
        organisationId: org.id,
        organisationType: org.type,
        roles: [...actor.roles],
        action: 'READ',
        subjectType,
        subjectId: subjectType === 'Person' ? dataSubjects[0] : caseIds[ci],
        caseId: caseIds[ci],
        dataSubjectIds: dataSubjects,
        fields,
        categories,
        purpose: rnd.pick(PURPOSES),
        breakGlassGrantId: null,
        outcome: 'SUCCESS',
        reason: null,
      };
      const hash = createHash('sha256')
        .update(`${prevHash}\n${canonicalAuditRecord(record)}`, 'utf8')
        .digest('hex');
      lines.push(
        [
          record.seq,
          record.occurredAt,
          record.requestId,
          record.actorUserId,
          null,
          record.organisationId,
          record.organisationType,
          arr(record.roles),
          'READ',
          subjectType,
          record.subjectId,
          record.caseId,
          arr(dataSubjects),
          arr(fields),
          arr(categories),
          record.purpose,
          null,
          'SUCCESS',
          null,
          prevHash,
          hash,
        ]
          .map(esc)
          .join('\t'),
      );
      prevHash = hash;
      if (lines.length >= 5000) await flush();
      if (i % 1_000_000 === 999_999) log(`audit rows ${i + 1}/${auditRows}`);
    }
    if (month) {
      await flush();
      await month.close();
    }
    await client.query('update audit.chain_head set seq = $1, hash = $2 where id = 1', [seq.toString(), prevHash]);
    await client.query('commit');
    return auditRows;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
