/**
 * Problems found in a collection folder. Every check reports through these shapes so the CLI, the
 * web host and the tests all see the same stable `kind` codes; messages are for curators.
 */

/** Problem kinds that only warn: the collection still builds with them. */
const WARNING_KINDS = [
  'unknown-field',
  'untranslated',
  'long-text',
  'extension-mismatch',
  'undersized-image',
  'multi-page-image',
  'no-deep-zoom',
  // A region on an image (issue 16) is left out, never its record: see lenient-regions.ts and region-check.ts.
  'invalid-region',
  'dangling-region',
  'region-outside-image',
  'empty-region',
] as const;

/** Problem kinds that block a build (listed so the set of codes is written down in one place). */
type ErrorKind =
  | 'yaml-syntax'
  | 'yaml-too-complex'
  | 'file-too-large'
  | 'invalid-utf8'
  | 'missing-file'
  | 'unreadable-file'
  | 'required'
  | 'wrong-type'
  | 'invalid-value'
  | 'text-too-long'
  | 'invalid-id'
  | 'unknown-language'
  | 'dangling-motif'
  | 'dangling-term'
  | 'dangling-maker'
  | 'dangling-place'
  | 'dangling-related'
  | 'duplicate-id'
  | 'duplicate-accession'
  | 'missing-media'
  | 'unreadable-media'
  | 'not-an-image'
  | 'unsupported-format'
  | 'empty-file'
  | 'oversized-image'
  | 'media-outside-folder'
  | 'year-order'
  | 'empty-collection'
  | 'image-processing'
  | 'cannot-write-output'
  | 'build-in-progress'
  // Why a piece or motif is held back from a build although its own files are fine (see hold-back.ts).
  | 'held-back-dependency'
  | 'previous-version-unusable'
  | 'internal';

export type ProblemKind = (typeof WARNING_KINDS)[number] | ErrorKind;
export type Severity = 'error' | 'warning';

/** One thing wrong with the collection, located as precisely as the format allows. */
export interface Problem {
  /** Path relative to the collection folder, with forward slashes (`pieces/x/piece.yaml`). */
  file: string;
  /** Field path inside the file (`production.date.earliest`, `media[1].file`); '' for the whole file. */
  field: string;
  /** 1-based line in the file, when the problem can be tied to one. */
  line?: number;
  kind: ProblemKind;
  message: string;
  severity: Severity;
}

/** Severity is fixed per kind so a code always means the same thing to tools reading `--json`. */
export function severityOf(kind: ProblemKind): Severity {
  return (WARNING_KINDS as readonly string[]).includes(kind) ? 'warning' : 'error';
}

/** A path into parsed YAML: object keys and array indexes. */
export type FieldPath = readonly (string | number)[];

/** Formats a path the way curators read it: `media[1].file`, `production.date.earliest`. */
export function formatField(path: FieldPath): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? seg : `.${seg}`;
  }
  return out;
}

/** Collects problems while the checks run; order of discovery is kept within one file. */
export class ProblemList {
  readonly items: Problem[] = [];

  add(p: Omit<Problem, 'severity'> & { severity?: Severity }): void {
    const entry: Problem = {
      file: p.file,
      field: p.field,
      kind: p.kind,
      message: p.message,
      severity: p.severity ?? severityOf(p.kind),
    };
    if (p.line !== undefined) entry.line = p.line;
    this.items.push(entry);
  }

  get errors(): Problem[] {
    return this.items.filter((p) => p.severity === 'error');
  }

  get warnings(): Problem[] {
    return this.items.filter((p) => p.severity === 'warning');
  }
}

/** Turns anything thrown into a sentence, for the `internal` problems that replace stack traces. */
function describeError(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}

/**
 * An unexpected failure in curator words: the error's first line, with the folders it names given
 * by their role and any other absolute path cut to its file name. A stack trace, a full path on
 * the build machine or a library's multi-line dump means nothing to a curator (issue 10, item 4).
 */
export function describeUnexpected(err: unknown, folders: Record<string, string>): string {
  let text = describeError(err).split('\n')[0]!.trim();
  // Longest first, so a folder inside another is named by its own role.
  for (const [role, dir] of Object.entries(folders).sort(([, a], [, b]) => b.length - a.length)) {
    if (dir) text = text.split(dir).join(role);
  }
  // Only a path that starts a word is absolute; `the output folder/builds/x` stays as it is.
  return text.replace(/(?<=^|[\s'"`(])(?:[A-Za-z]:)?[\\/](?:[^\s'"`:\\/]+[\\/])+([^\s'"`:\\/]+)/g, '$1');
}
