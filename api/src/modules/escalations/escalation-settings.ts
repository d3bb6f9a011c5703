import type { EntityManager } from '@mikro-orm/postgresql';
import { DEFAULT_REGION, isMunicipalityCode, type EscalationTrigger } from '@mda/domain';

/** One rung of the ladder in a region (table `escalation_level_setting`, defaults under region '*'). */
export interface LevelSetting {
  level: number;
  title: string;
  deciderBody: string;
  deadlineWorkingDays: number;
}

/** The region of a municipality; every municipality of the demo region is in Rotterdam-Rijnmond. */
export function regionOfMunicipality(code: string): string {
  return isMunicipalityCode(code) ? DEFAULT_REGION : '*';
}

/** The ladder of a region: its own rows where present, otherwise the defaults ('*'). */
export async function ladderOf(em: EntityManager, region: string): Promise<Map<number, LevelSetting>> {
  const rows = await em.execute<
    { region: string; level: number; title: string; decider_body: string; deadline_working_days: number }[]
  >(
    `select region, level, title, decider_body, deadline_working_days from escalation_level_setting where region in (?, '*') order by level, (region = '*')`,
    [region],
  );
  const ladder = new Map<number, LevelSetting>();
  for (const r of rows) {
    if (!ladder.has(r.level))
      ladder.set(r.level, {
        level: r.level,
        title: r.title,
        deciderBody: r.decider_body,
        deadlineWorkingDays: r.deadline_working_days,
      });
  }
  for (const level of [1, 2, 3, 4])
    if (!ladder.has(level)) throw new Error(`escalation ladder has no level ${level} for region ${region}`);
  return ladder;
}

/**
 * A trigger threshold (table `escalation_trigger_setting`). Parameters in use:
 * NO_DIRECTOR.norm_working_days, SAFETY_SCORE.drop, SAFETY_SCORE.below, NEW_REPORT.enabled,
 * PLAN_ACTION_OVERDUE.working_days, PLAN_NOT_AGREED.working_days, PLAN_OBJECTION.enabled.
 */
export async function triggerSetting(
  em: EntityManager,
  trigger: EscalationTrigger,
  parameter: string,
): Promise<number> {
  const [row] = await em.execute<{ value: number }[]>(
    'select value from escalation_trigger_setting where trigger = ? and parameter = ?',
    [trigger, parameter],
  );
  if (!row) throw new Error(`no escalation trigger setting ${trigger}.${parameter}`);
  return row.value;
}
