import { parse } from 'yaml';

/** Severity of an `audit:electron` finding; any `high` fails the audit. */
export type Severity = 'high' | 'medium' | 'info';

/** One `audit:electron` finding. */
export interface Finding {
  severity: Severity;
  rule: string;
  file: string;
  line: number;
  message: string;
}

/** Checks the fuses in electron-builder.yml. */
export function auditFuses(builderYaml: string): Finding[] {
  const fuses =
    (parse(builderYaml) as { electronFuses?: Record<string, boolean> } | null)?.electronFuses ?? {};
  const expected: Record<string, boolean> = {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    onlyLoadAppFromAsar: true,
    enableEmbeddedAsarIntegrityValidation: true,
    grantFileProtocolExtraPrivileges: false,
  };
  return Object.entries(expected)
    .filter(([fuse, value]) => fuses[fuse] !== value)
    .map(([fuse, value]) => ({
      severity: 'high' as const,
      rule: 'fuses',
      file: 'electron-builder.yml',
      line: 1,
      message: `electronFuses.${fuse} must be ${value}`,
    }));
}
