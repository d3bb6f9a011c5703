import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261125000000Initial } from './Migration20261125000000_initial.js';
import { Migration20261125020000Privacy } from './Migration20261125020000_privacy.js';
import { Migration20261125030000Retention } from './Migration20261125030000_retention.js';
import { Migration20261125010000Audit } from './Migration20261125010000_audit.js';
import { Migration20261125050000Direction } from './Migration20261125050000_direction.js';
import { Migration20261125035000Realtime } from './Migration20261125035000_realtime.js';
import { Migration20261125040000Plans } from './Migration20261125040000_plans.js';
import { Migration20261125060000PlanRealtime } from './Migration20261125060000_plan_realtime.js';
import { Migration20261125070000DirectionRealtime } from './Migration20261125070000_direction_realtime.js';
import { Migration20261125080000NotificationEscalation } from './Migration20261125080000_notification_escalation.js';
import { Migration20261125090000PlanRetention } from './Migration20261125090000_plan_retention.js';

import { Migration20261207030000PrivacyMandate } from './Migration20261207030000_privacy_mandate.js';
/** Committed migrations in order. Add new ones at the end; never edit an applied one. */
export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261125000000_initial', class: Migration20261125000000Initial },
  { name: 'Migration20261125020000_privacy', class: Migration20261125020000Privacy },
  { name: 'Migration20261125010000_audit', class: Migration20261125010000Audit },
  { name: 'Migration20261125030000_retention', class: Migration20261125030000Retention },
  { name: 'Migration20261125050000_direction', class: Migration20261125050000Direction },
  { name: 'Migration20261125035000_realtime', class: Migration20261125035000Realtime },
  { name: 'Migration20261125040000_plans', class: Migration20261125040000Plans },
  { name: 'Migration20261125060000_plan_realtime', class: Migration20261125060000PlanRealtime },
  { name: 'Migration20261125070000_direction_realtime', class: Migration20261125070000DirectionRealtime },
  { name: 'Migration20261125080000_notification_escalation', class: Migration20261125080000NotificationEscalation },
  { name: 'Migration20261125090000_plan_retention', class: Migration20261125090000PlanRetention },
  { name: 'Migration20261207030000_privacy_mandate', class: Migration20261207030000PrivacyMandate },
];
