/**
 * The collection library: what the CLI, the web host and the Electron main process use to check a
 * curator's folder and compile it into the kiosk's records. Nothing here imports `electron`.
 */
export { buildCollection, currentBuild } from './build';
export type { BuildOptions, BuildProgress, BuildResult } from './build';
export { checkCollection } from './check';
export type { CheckOptions, CheckReport, CheckStats } from './check';
export { formatField } from './problems';
export type { Problem, ProblemKind, Severity } from './problems';
export { formatReport } from './report-text';
