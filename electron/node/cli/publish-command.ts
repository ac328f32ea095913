/** `npm run collection -- publish`: compile, then write the signed, content-addressed bundle. */
import { formatReport } from '../collection/report-text';
import { heldBackLines } from '../collection/held-back-text';
import { publishBundle, PublishError } from '../publish/publish-bundle';
import { KeyFileError } from '../publish/signing-keys';
import { parseArgs, UsageError, type Command } from './command-args';
import { progressPrinter } from './build-progress';
import { buildCollection } from '../collection/build';

const DEFAULT_PUBLISH_OUT = '.cache/publish-build';
const MB = 1024 * 1024;

export const publishCommand: Command = {
  usage: `publish DIR --to BUNDLE_DIR --key publish.key [--out DIR] [--expiry-days N]   compile and write a signed bundle any web server can serve to many kiosks (default out: ${DEFAULT_PUBLISH_OUT})`,
  async run(args) {
    const { dir, set } = parseArgs(args, [], ['--to', '--key', '--out', '--expiry-days']);
    const to = set.get('--to');
    const keyFile = set.get('--key');
    if (!to || !keyFile) throw new UsageError('publish needs --to BUNDLE_DIR and --key publish.key.');
    const expiry = set.get('--expiry-days');
    if (expiry !== undefined && !/^[1-9]\d*$/.test(expiry))
      throw new UsageError('--expiry-days needs a whole number of days.');
    const onProgress = progressPrinter(process.stderr);
    try {
      const result = await publishBundle({
        source: dir,
        to,
        keyFile,
        out: set.get('--out') ?? DEFAULT_PUBLISH_OUT,
        ...(expiry ? { expiryDays: Number(expiry) } : {}),
        build: (source, out) => buildCollection({ source, out, onProgress }),
      });
      onProgress.stop();
      const { build } = result;
      if (!result.pointer) {
        process.stdout.write(
          `${formatReport({ errors: build.errors, warnings: build.warnings, stats: build.stats }, dir, { verbose: false })}\n`,
        );
        process.stdout.write('Nothing was published: the bundle keeps its last version.\n');
        return 1;
      }
      for (const line of heldBackLines(build.heldBack)) process.stdout.write(`${line}\n`);
      const size = `${(result.totalBytes / MB).toFixed(1)} MB in ${result.totalFiles} files`;
      process.stdout.write(
        result.changed
          ? `Published version ${result.pointer.version} (${size}; ${result.filesWritten} new files, ${(result.bytesWritten / MB).toFixed(1)} MB) to ${to}.\n`
          : `Nothing changed: ${to} already holds version ${result.pointer.version} (${size}).\n`,
      );
      return build.heldBack.length > 0 ? 3 : 0;
    } catch (err) {
      onProgress.stop();
      if (!(err instanceof KeyFileError || err instanceof PublishError)) throw err;
      process.stderr.write(`${err.message}\n`);
      return 1;
    }
  },
};
