/**
 * `npm run collection -- <command> ...`: the curator's tools for the collection folder.
 * Every command returns an exit code; nothing here may end in a stack trace.
 */
import { buildCollection } from '../collection/build';
import { checkCollection } from '../collection/check';
import { HELD_BACK_EXIT_CODE, heldBackLines, liveCounts } from '../collection/held-back-text';
import { formatReport, warningLines } from '../collection/report-text';
import { checkReporting, progressPrinter } from './build-progress';
import { runDraw } from './draw-command';
import { drawStandIns } from './draw-stand-ins';
import { exitWhenFlushed, ignoreClosedPipes } from './exit-when-flushed';
import { parseArgs, UsageError, type Command } from './command-args';
import { exportCommand, importCommand } from './inventory-commands';
import { publishCommand } from './publish-command';

const DEFAULT_OUT = '.cache/collection';

/** Subcommands by name: add a tool here and it appears in the usage text. */
const commands: Record<string, Command> = {
  check: {
    usage:
      'check [DIR] [--json] [--verbose]   check the collection folder: every error, and warnings counted by kind (each one with --verbose)',
    async run(args) {
      const { dir, set } = parseArgs(args, ['--json', '--verbose'], []);
      await drawStandIns(dir);
      // Progress on stderr only: stdout carries the report, or with --json the JSON alone.
      const progress = progressPrinter(process.stderr);
      const report = await checkCollection(dir, { onInspected: checkReporting(progress) });
      progress.stop();
      if (set.has('--json')) process.stdout.write(`${JSON.stringify(report)}\n`);
      else process.stdout.write(`${formatReport(report, dir, { verbose: set.has('--verbose') })}\n`);
      return report.errors.length > 0 ? 1 : 0;
    },
  },
  build: {
    usage: `build [DIR] [--out DIR] [--verbose]   check, then compile the collection and its images (default out: ${DEFAULT_OUT}); exits 3 when records were held back`,
    async run(args) {
      const { dir, set } = parseArgs(args, ['--verbose'], ['--out']);
      const verbose = set.has('--verbose');
      const out = set.get('--out') ?? DEFAULT_OUT;
      await drawStandIns(dir);
      const onProgress = progressPrinter(process.stderr);
      // The build's own header reading, remembered across builds; each image counted as checked.
      const onInspected = checkReporting(onProgress);
      const result = await buildCollection({ source: dir, out, onProgress, onInspected });
      onProgress.stop();
      if (!result.ok) {
        process.stdout.write(
          `${formatReport({ errors: result.errors, warnings: result.warnings, stats: result.stats }, dir, { verbose })}\n`,
        );
        process.stdout.write(
          result.outDir
            ? `The kiosk keeps the last good build: ${result.outDir}\n`
            : 'No earlier build exists yet.\n',
        );
        return 1;
      }
      const warnings = result.warnings.length;
      const live = liveCounts(result.stats, result.heldBack);
      for (const line of heldBackLines(result.heldBack)) process.stdout.write(`${line}\n`);
      const lines = warningLines(result.warnings, verbose);
      if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`);
      process.stdout.write(
        `Built ${live.pieces} pieces and ${live.motifs} motifs into ${result.outDir} (version ${result.version})` +
          `${warnings ? `, with ${warnings} warning(s)` : ''}.\n`,
      );
      return result.heldBack.length > 0 ? HELD_BACK_EXIT_CODE : 0;
    },
  },
  draw: {
    usage:
      'draw [DIR] [--force] [--regions]   draw the illustrative sample images named *.generated.* in the YAML; --regions also writes where their elements and parts lie',
    run: runDraw,
  },
  import: importCommand,
  export: exportCommand,
  publish: publishCommand,
};

function usage(): string {
  return [
    'Usage: npm run collection -- <command>',
    ...Object.values(commands).map((c) => `  ${c.usage}`),
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === 'help') {
    process.stdout.write(`${usage()}\n`);
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`Unknown command "${name}".\n${usage()}\n`);
    return 2;
  }
  try {
    return await command.run(args);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`${err.message}\n${usage()}\n`);
      return 2;
    }
    throw err;
  }
}

const fatal = (err: unknown): void => {
  process.stderr.write(
    `The collection tool stopped unexpectedly: ${err instanceof Error ? err.message : String(err)}\n`,
  );
  exitWhenFlushed(1);
};
ignoreClosedPipes();
process.on('uncaughtException', fatal);
process.on('unhandledRejection', fatal);
// Not process.exit(code) at once: a report piped to another program must arrive whole.
main(process.argv.slice(2)).then(exitWhenFlushed, fatal);
