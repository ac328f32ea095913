/**
 * `import` and `export` of `npm run collection`: the inventory spreadsheet in and out (issue 13).
 * Text output is for curators, in Indonesian and English; `--json` prints one JSON object.
 */
import { exportInventory, InventoryExportError } from '../inventory/export-inventory';
import { importInventory, InventoryImportError, type ImportReport } from '../inventory/import-inventory';
import { placeText } from '../inventory/inventory-problems';
import { delimiterName } from '../inventory/read-csv';
import { InventoryFileError } from '../inventory/read-inventory-file';
import { parseArgs, UsageError, type Command } from './command-args';

/** Exit code when some rows were held back (the rest was imported), as `build` uses it. */
const HELD_BACK_EXIT_CODE = 3;
/** Rows listed by name in the text report; the rest are counted (the JSON lists them all). */
const LISTED = 20;

/** A value as one short line of the report: JSON, cut at 60 characters; "(nothing)" for an absent one. */
function shortValue(value: unknown): string {
  if (value === undefined) return '(nothing)';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function reportText(report: ImportReport): string {
  const lines: string[] = [];
  const source = [report.sheet ? `${report.file}, ${report.sheet}` : report.file];
  if (report.encoding) source.push(`encoding ${report.encoding}`);
  if (report.delimiter) source.push(`delimiter "${delimiterName(report.delimiter)}"`);
  lines.push(
    `${report.dryRun ? 'Dry run, nothing written / Uji coba, tidak ada yang ditulis' : 'Import / Impor'}: ${source.join(', ')}`,
  );
  for (const problem of report.problems) {
    const mark = problem.severity === 'error' ? 'ERROR' : 'warning';
    lines.push(`${mark} ${placeText(problem, 'id')}: ${problem.messageId}`);
    lines.push(`${' '.repeat(mark.length)} ${placeText(problem, 'en')}: ${problem.message}`);
  }
  const list = (title: string, rows: ImportReport['updated']) => {
    if (rows.length === 0) return;
    lines.push(`${title}: ${rows.length}`);
    for (const row of rows.slice(0, LISTED)) {
      const changes = row.changes ? `: ${row.changes.join(', ')}` : '';
      lines.push(`  row ${row.row} ${row.accession} -> pieces/${row.id || '?'}${changes}`);
      for (const change of row.diff ?? []) {
        lines.push(`      ${change.field}: ${shortValue(change.from)} -> ${shortValue(change.to)}`);
      }
    }
    if (rows.length > LISTED) lines.push(`  ... and ${rows.length - LISTED} more (all of them with --json)`);
  };
  const would = report.dryRun ? ' (would be)' : '';
  list(`New pieces / Kain baru${would}`, report.created);
  list(`Updated / Diperbarui${would}`, report.updated);
  list('Held back, not written / Ditahan, tidak ditulis', report.heldBack);
  if (report.unmatchedPhotos.length > 0) {
    lines.push(`Photos that match no row / Foto tanpa baris: ${report.unmatchedPhotos.length}`);
    for (const photo of report.unmatchedPhotos.slice(0, LISTED)) lines.push(`  ${photo}`);
  }
  if (report.rowsWithoutPhotos.length > 0) {
    lines.push(`Rows with no photo / Baris tanpa foto: ${report.rowsWithoutPhotos.length}`);
    for (const row of report.rowsWithoutPhotos.slice(0, LISTED))
      lines.push(`  row ${row.row} ${row.accession}`);
  }
  lines.push(
    `${report.created.length} new, ${report.updated.length} updated, ${report.unchanged.length} unchanged, ${report.heldBack.length} held back.`,
  );
  return lines.join('\n');
}

export const importCommand: Command = {
  usage:
    'import FILE --into DIR [--photos DIR] [--mapping FILE] [--dry-run] [--json]   rows of an .xlsx, .ods or .csv inventory into the collection folder; exits 3 when rows were held back',
  async run(args) {
    const { dir: file, set } = parseArgs(
      args,
      ['--dry-run', '--json'],
      ['--into', '--photos', '--mapping'],
      'spreadsheet file',
    );
    const into = set.get('--into');
    if (!into) throw new UsageError('Name the collection folder to import into with --into DIR.');
    let report: ImportReport;
    try {
      report = await importInventory({
        file,
        into,
        dryRun: set.has('--dry-run'),
        ...(set.has('--photos') ? { photos: set.get('--photos')! } : {}),
        ...(set.has('--mapping') ? { mapping: set.get('--mapping')! } : {}),
      });
    } catch (err) {
      if (!(err instanceof InventoryFileError || err instanceof InventoryImportError)) throw err;
      process.stderr.write(`${err.message}\n`);
      return 1;
    }
    process.stdout.write(`${set.has('--json') ? JSON.stringify(report) : reportText(report)}\n`);
    const fatal = report.sheet === undefined;
    return fatal ? 1 : report.heldBack.length > 0 ? HELD_BACK_EXIT_CODE : 0;
  },
};

export const exportCommand: Command = {
  usage:
    'export DIR --to FILE.xlsx|FILE.csv   the collection as an inventory spreadsheet (its header row is the import template)',
  async run(args) {
    const { dir, set } = parseArgs(args, [], ['--to']);
    const to = set.get('--to');
    if (!to) throw new UsageError('Name the spreadsheet to write with --to FILE.xlsx or --to FILE.csv.');
    try {
      const result = await exportInventory(dir, to);
      for (const file of result.skipped)
        process.stderr.write(`Skipped ${file}: its YAML does not parse (run check).\n`);
      process.stdout.write(
        `Wrote ${result.pieces} pieces${result.motifs ? ` and ${result.motifs} motifs` : ''} to ${result.file}.\n`,
      );
      return result.skipped.length > 0 ? 1 : 0;
    } catch (err) {
      if (!(err instanceof InventoryExportError)) throw err;
      process.stderr.write(`${err.message}\n`);
      return 1;
    }
  },
};
