// Helpers of the data generator (scripts/data-generator.mjs): the deterministic random-number
// source, COPY text formatting, the COPY sink and the columns of every generated table.
import copyStreams from 'pg-copy-streams';

/** mulberry32: small, fast and deterministic. */
export function prng(seed) {
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
export const esc = (v) =>
  v === null || v === undefined
    ? '\\N'
    : String(v).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
export const arr = (list) =>
  `{${list.map((x) => (/^[A-Za-z0-9_.:-]+$/.test(x) ? x : `"${String(x).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`)).join(',')}}`;
export const iso = (ms) => new Date(ms).toISOString();
export const day = (ms) => new Date(ms).toISOString().slice(0, 10);

/** One COPY stream per table, fed in batches, with backpressure. */
export class CopySink {
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

export const TABLE_COLUMNS = {
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
