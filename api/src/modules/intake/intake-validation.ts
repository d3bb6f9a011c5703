import { amsterdamDateOf, isMunicipalityCode, isValidBsn, MEMBER_ROLES, VIOLENCE_NATURES } from '@mda/domain';
import { addYears, InputCheck, todayInNetherlands } from '../../core/graphql/validation.js';
import { MAX_HOUSEHOLD_MEMBERS } from '../cases/case.service.js';
import type { PersonInput } from '../cases/case.inputs.js';
import type { RecordIntakeReportInput } from './intake.inputs.js';

/** Tolerance for clocks a little ahead of the server's. */
const CLOCK_SKEW_MS = 2 * 60_000;

// ---- validation ------------------------------------------------------------------------

function checkPersons(check: InputCheck, persons: readonly PersonInput[], today: string): void {
  const seenBsn = new Set<string>();
  check.check(
    persons.length <= MAX_HOUSEHOLD_MEMBERS,
    'persons',
    `hoogstens ${MAX_HOUSEHOLD_MEMBERS} betrokkenen / at most ${MAX_HOUSEHOLD_MEMBERS} persons`,
  );
  persons.forEach((m, i) => {
    const f = `persons[${i}]`;
    check.text(`${f}.firstName`, m.firstName, { max: 100 });
    check.text(`${f}.lastName`, m.lastName, { max: 100 });
    check.date(`${f}.dateOfBirth`, m.dateOfBirth, { min: '1900-01-01', max: today });
    check.check(m.roles.length > 0, `${f}.roles`, 'minstens één rol / at least one role');
    check.check(new Set(m.roles).size === m.roles.length, `${f}.roles`, 'dubbele rol / duplicate role');
    check.check(
      m.roles.every((r) => MEMBER_ROLES.includes(r)),
      `${f}.roles`,
      'onbekende rol / unknown role',
    );
    if (m.bsn !== null && m.bsn !== undefined && m.bsn !== '') {
      if (!isValidBsn(m.bsn)) check.add(`${f}.bsn`, 'is geen geldig BSN (elfproef) / not a valid BSN (eleven-test)');
      else if (seenBsn.has(m.bsn)) check.add(`${f}.bsn`, 'komt twee keer voor / appears twice');
      else seenBsn.add(m.bsn);
    }
  });
}

export function checkCodes(
  check: InputCheck,
  field: string,
  values: readonly string[],
  known: readonly string[],
  what: string,
): void {
  values.forEach((v, i) => {
    if (!known.includes(v))
      check.add(`${field}[${i}]`, `onbekende ${what} '${v.slice(0, 40)}' / unknown ${field} value`);
  });
  if (new Set(values).size !== values.length) check.add(field, 'dubbele waarde / duplicate value');
}

export function validateRecord(input: RecordIntakeReportInput, now: Date): void {
  const today = todayInNetherlands(now);
  const check = new InputCheck();
  const report = input.kind === 'REPORT';
  check.check(isMunicipalityCode(input.municipality), 'municipality', 'onbekende gemeente / unknown municipality');
  const received = input.receivedAt instanceof Date ? input.receivedAt : new Date(Number.NaN);
  if (Number.isNaN(received.getTime())) check.add('receivedAt', 'is geen geldig tijdstip / not a valid instant');
  else {
    check.check(
      received.getTime() <= now.getTime() + CLOCK_SKEW_MS,
      'receivedAt',
      'ligt in de toekomst / is in the future',
    );
    check.check(
      amsterdamDateOf(received) >= addYears(today, -1),
      'receivedAt',
      'ligt meer dan een jaar terug / more than a year ago',
    );
  }
  if (input.reporterKind === 'ANONYMOUS') {
    // An anonymous reporter is never recorded: refuse rather than drop what was typed.
    if (input.reporterName?.trim())
      check.add('reporterName', 'een anonieme melder wordt niet vastgelegd / an anonymous reporter is not recorded');
    if (input.reporterContact?.trim())
      check.add('reporterContact', 'een anonieme melder wordt niet vastgelegd / an anonymous reporter is not recorded');
  } else {
    check.text('reporterName', input.reporterName, { max: 200, required: false });
    check.text('reporterContact', input.reporterContact, { max: 200, required: false });
  }
  check.text('reporterAccount', input.reporterAccount, { max: 10_000, required: false });
  checkCodes(check, 'violenceNatures', input.violenceNatures, VIOLENCE_NATURES, 'aard van geweld');
  if (report) {
    check.check(
      input.violenceNatures.length > 0,
      'violenceNatures',
      'kies minstens één aard van geweld / choose at least one nature of violence',
    );
    check.check(
      input.persons.length > 0,
      'persons',
      'een melding noemt minstens één betrokkene / a report names at least one person',
    );
    if (input.adviceTopic || input.adviceGiven)
      check.add('adviceTopic', 'hoort alleen bij een adviesvraag / only for an advice request');
  } else {
    check.text('adviceTopic', input.adviceTopic, { min: 3, max: 2000 });
    check.text('adviceGiven', input.adviceGiven, { max: 4000, required: false });
    if (input.acuteUnsafety)
      check.add('acuteUnsafety', 'acute onveiligheid maakt er een melding van / acute unsafety makes it a report');
  }
  checkPersons(check, input.persons, today);
  check.done();
}
