/** Types of scripts/data-generator.mjs for the TypeScript tests that use it. */
export const DEFAULT_AUDIT_ROWS_PER_HOUSEHOLD: number;
/** The tables the generator fills. */
export const GENERATED_TABLES: string[];
export interface GenerateOptions {
  databaseUrl: string;
  households: number;
  auditRows?: number;
  seed?: number;
  /** Epoch milliseconds: the generated history ends here (default 2026-12-01). */
  now?: number;
  /** Epoch milliseconds: the audit trail starts here (default ten years before `now`). */
  auditFrom?: number | null;
  log?: (line: string) => void;
}
export interface GenerateResult {
  counts: Record<string, number>;
  domainMs: number;
  auditMs: number;
  totalMs: number;
  regions: number;
}
export function generateData(options: GenerateOptions): Promise<GenerateResult>;
