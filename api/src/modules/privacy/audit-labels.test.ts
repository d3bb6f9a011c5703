import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ENTRY_CONTENT_FIELDS, PERSON_FIELDS } from '@mda/authz';
import {
  AUDIT_ACTION_LABELS,
  AUDIT_ACTIONS,
  AUDIT_SUBJECT_LABELS,
  auditFieldLabel,
  auditReasonCodeLabel,
  auditSubjectLabel,
  describeAuditReason,
  hasAuditFieldLabel,
} from '@mda/domain';
import { AUDIT_ACTIONS as API_AUDIT_ACTIONS } from '../../core/audit/audit.types.js';

/**
 * Every subject type, field and reason code the API can write into the audit trail has a Dutch
 * and English label in packages/domain/src/audit-labels.ts. The lists are read from the code
 * itself, so a new `subjectType: 'X'` or `fields: ['y']` without a label fails here.
 */
const SRC = join(dirname(fileURLToPath(import.meta.url)), '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

/** The arguments of each call `name(...)`, split at depth 0. */
function callArguments(src: string, name: string): string[][] {
  const calls: string[][] = [];
  let from = 0;
  for (;;) {
    const at = src.indexOf(`${name}(`, from);
    if (at < 0) return calls;
    let depth = 0;
    let start = at + name.length + 1;
    const args: string[] = [];
    for (let i = start - 1; i < src.length; i++) {
      const c = src[i];
      if (c === '(' || c === '{' || c === '[') depth++;
      else if (c === ')' || c === '}' || c === ']') {
        depth--;
        if (depth === 0) {
          args.push(src.slice(start, i));
          break;
        }
      } else if (c === ',' && depth === 1) {
        args.push(src.slice(start, i));
        start = i + 1;
      }
    }
    calls.push(args.map((a) => a.trim()));
    from = at + name.length;
  }
}

const literals = (text: string): string[] => [...text.matchAll(/'([^'\n]+)'/g)].map((m) => m[1]!);

function scan() {
  const subjects = new Set<string>();
  const fields = new Set<string>([...Object.values(PERSON_FIELDS).flat(), ...ENTRY_CONTENT_FIELDS]);
  const reasons = new Set<string>();
  const files = sourceFiles(SRC);
  for (const file of files) {
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/subjectType: '(\w+)'/g)) subjects.add(m[1]!);
    // `Plan${kind}`: the plan element kinds, as plan-element-write.ts builds them.
    if (/subjectType: `Plan\$\{/.test(src)) {
      const kinds = /PLAN_ELEMENT_KINDS = \[([^\]]*)\]/.exec(
        readFileSync(join(SRC, 'modules/plans/plan-element.entity.ts'), 'utf8'),
      );
      for (const kind of literals(kinds?.[1] ?? ''))
        subjects.add(`Plan${kind === 'SAFETY_ITEM' ? 'SafetyItem' : kind.charAt(0) + kind.slice(1).toLowerCase()}`);
    }
    for (const m of src.matchAll(/\b(?:fields|auditFields|disclosed)\s*[:=]\s*(?:\[[^\]]*\]\s*as\s*)?\[([^\]]*)\]/g))
      literals(m[1]!).forEach((f) => fields.add(f));
    for (const m of src.matchAll(/\b(?:fields|disclosed)\.(?:push|add)\('([^']+)'\)/g)) fields.add(m[1]!);
    for (const m of src.matchAll(/\bshown\('(\w+)'/g)) fields.add(m[1]!);
    // The personal fields a `disclose(ability, type, conditions, values)` call masks: the keys of `values`.
    for (const args of callArguments(src, 'disclose')) {
      const values = args[3];
      if (values?.startsWith('{')) for (const m of values.matchAll(/(?:^\{|,)\s*(\w+)\s*[:,}\n]/g)) fields.add(m[1]!);
    }
    if (!relative(SRC, file).startsWith('core/audit')) {
      for (const m of src.matchAll(/reason: '([A-Z][A-Z0-9_]+)'/g)) reasons.add(m[1]!);
      for (const m of src.matchAll(/reason: (?:[^`\n]*\? )?`([A-Z][A-Z0-9_]*?)_?\$\{/g)) reasons.add(m[1]!);
    }
  }
  // Plan element content fields are written as `KIND.field` (plan-read.service.ts).
  const planRecord = readFileSync(join(SRC, 'modules/plans/plan-record.ts'), 'utf8');
  const content = /CONTENT_FIELDS[^=]*= \{([\s\S]*?)\n\};/.exec(planRecord)?.[1] ?? '';
  for (const m of content.matchAll(/(\w+): \[([^\]]*)\]/g))
    for (const f of literals(m[2]!)) {
      fields.add(f);
      fields.add(`${m[1]}.${f}`);
    }
  return { subjects, fields, reasons, files: files.length };
}

describe('audit labels (packages/domain/src/audit-labels.ts)', () => {
  const found = scan();

  it('reads a meaningful list from the code (the scan itself works)', () => {
    expect(found.files).toBeGreaterThan(100);
    expect(found.subjects).toContain('BreakGlassReviewQueue');
    expect(found.subjects).toContain('PlanSafetyItem');
    expect(found.fields).toContain('shelterAddress');
    expect(found.fields).toContain('GOAL.measurableEnd');
    expect(found.reasons).toContain('NOT_ON_CASE_TEAM');
    expect(found.reasons).toContain('TRANSITION_TO');
  });

  it('labels every audit action the API knows, in both languages', () => {
    expect([...AUDIT_ACTIONS]).toEqual([...API_AUDIT_ACTIONS]);
    for (const a of API_AUDIT_ACTIONS) {
      expect(AUDIT_ACTION_LABELS[a].nl, a).toMatch(/\S/);
      expect(AUDIT_ACTION_LABELS[a].en, a).toMatch(/\S/);
    }
  });

  it('labels every subject type the code writes', () => {
    const missing = [...found.subjects].filter((s) => !AUDIT_SUBJECT_LABELS[s]);
    expect(missing).toEqual([]);
  });

  it('labels every field the code writes', () => {
    const missing = [...found.fields].filter((f) => !hasAuditFieldLabel(f));
    expect(missing).toEqual([]);
  });

  it('labels every reason code the code writes', () => {
    const missing = [...found.reasons].filter((r) => auditReasonCodeLabel(r) === null);
    expect(missing).toEqual([]);
  });

  it('never shows a class or field name, also for one it does not know', () => {
    expect(auditSubjectLabel('BreakGlassReviewQueue')).toBe('Beoordeling noodtoegang');
    expect(auditSubjectLabel('SomethingNew')).toBe('ander gegeven');
    expect(auditFieldLabel('shelterAddress')).toBe('geheim verblijfadres');
    expect(auditFieldLabel('shelterAddress', 'en')).toBe('secret shelter address');
    expect(auditFieldLabel('GOAL.measurableEnd')).toBe('Doel: meetbaar resultaat');
    expect(auditFieldLabel('someNewField')).toBe('ander veld');
  });

  it('reads reasons as words: codes, key=value details, ids left out, free text as written', () => {
    expect(describeAuditReason('results=0')).toBe('resultaten: 0');
    expect(describeAuditReason('filter=person+case;results=3')).toBe('filter: persoon + casus; resultaten: 3');
    expect(describeAuditReason('NOT_ON_CASE_TEAM')).toBe('niet in het casusteam');
    expect(describeAuditReason('TRANSITION_TO_CLOSED')).toBe('status gewijzigd naar closed');
    expect(describeAuditReason('ERASURE_RESTRICTED;request=7d3f1c2a-0000-4000-8000-000000000001')).toBe(
      'verwerking beperkt (art. 18)',
    );
    expect(describeAuditReason('Slachtoffer belde 112, dossier nodig voor de crisisdienst.')).toBe(
      'Slachtoffer belde 112, dossier nodig voor de crisisdienst.',
    );
  });
});
