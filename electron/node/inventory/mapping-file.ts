/**
 * The curator's mapping file (`--mapping FILE`): which spreadsheet column holds which field, for
 * headers the importer does not recognise by itself, and which sheet and header row to read.
 *
 *   sheet: Inventaris
 *   headerRow: 3
 *   columns:
 *     No. Registrasi: accession
 *     Nama Kain: title.id
 *     Catatan internal: ignore
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { error } from './cell-readers';
import { closestFieldKey } from './column-map';
import { problemAt, type InventoryProblem } from './inventory-problems';
import type { PieceField } from './piece-fields';

export interface MappingFile {
  file: string;
  sheet?: string;
  headerRow?: number;
  /** Header as written -> field key, or null / 'ignore' to skip the column. */
  columns: Record<string, string | null>;
}

const schema = z.strictObject({
  sheet: z.string().min(1).optional(),
  headerRow: z.number().int().positive().optional(),
  columns: z.record(z.string(), z.string().nullable()).default({}),
});

export async function readMappingFile(
  file: string,
  fields: readonly PieceField[],
): Promise<{ mapping: MappingFile | null; problems: InventoryProblem[] }> {
  const name = path.basename(file);
  const fail = (field: string, id: string, en: string) => ({
    mapping: null,
    problems: [problemAt({ file: name, field }, error('invalid-mapping', id, en))],
  });
  let data: unknown;
  try {
    data = parse(await readFile(file, 'utf8'));
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0]! : String(err);
    return fail('', `File pemetaan tidak terbaca: ${reason}`, `The mapping file cannot be read: ${reason}`);
  }
  const result = schema.safeParse(data ?? {});
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = issue.path.join('.');
    return fail(
      field,
      `${field || 'File'} tidak sah: ${issue.message}`,
      `${field || 'The file'} is not valid: ${issue.message}`,
    );
  }
  const problems: InventoryProblem[] = [];
  const keys = new Set(fields.map((field) => field.key));
  for (const [header, key] of Object.entries(result.data.columns)) {
    if (key === null || key === 'ignore' || keys.has(key)) continue;
    const guess = closestFieldKey(key, fields);
    problems.push(
      problemAt(
        { file: name, field: `columns.${header}` },
        error(
          'unknown-field',
          `"${key}" bukan nama isian yang dikenal.${guess ? ` Maksudnya "${guess}"?` : ''}`,
          `"${key}" is not a known field.${guess ? ` Did you mean "${guess}"?` : ''}`,
        ),
      ),
    );
  }
  if (problems.length > 0) return { mapping: null, problems };
  return { mapping: { file: name, ...result.data }, problems };
}
