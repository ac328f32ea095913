/**
 * `npm run collection -- publish COLLECTION --to DIR --key KEY`: compiles the collection and writes
 * it as a static bundle any web server (or a USB stick) can carry: every file of the build under
 * `files/ab/<sha256>`, and a signed `latest.json` that lists them. Files already in the bundle are
 * not written again, so a one-photo change adds that photo's derivatives and a new pointer; a
 * publish with nothing changed writes nothing (unless the pointer is near its expiry, when it is
 * signed again with a new version so kiosks keep accepting it).
 */
import { copyFile, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildCollection, type BuildResult } from '../collection/build';
import { asBuildRecord, RECORD_FILE } from '../collection/build-record';
import { bundlePath, POINTER_FILE, signPointer, type BundleFile, type BundlePointer } from './bundle-pointer';
import { publicOf, readPrivateKey } from './signing-keys';

const DAY_MS = 86_400_000;
/** How long a pointer is trusted by default: a month without publishing still updates kiosks. */
const DEFAULT_EXPIRY_DAYS = 30;

export interface PublishOptions {
  source: string;
  to: string;
  keyFile: string;
  /** Where the compiled build and its image cache live between publishes. */
  out: string;
  expiryDays?: number;
  now?: () => Date;
  /** The compiler; the real build by default (tests may pass one without tiles). */
  build?: (source: string, out: string) => Promise<BuildResult>;
}

export interface PublishResult {
  build: BuildResult;
  /** The pointer now in the bundle (null when the build failed and nothing was published). */
  pointer: BundlePointer | null;
  /** False when the bundle already held this content and its pointer was left as it was. */
  changed: boolean;
  filesWritten: number;
  bytesWritten: number;
  totalFiles: number;
  totalBytes: number;
}

export class PublishError extends Error {}

/** The pointer already in the bundle, as JSON (its signature is the kiosks' business). */
async function previousPointer(to: string): Promise<BundlePointer | null> {
  try {
    return JSON.parse(await readFile(path.join(to, POINTER_FILE), 'utf8')) as BundlePointer;
  } catch {
    return null;
  }
}

const sameFiles = (a: readonly BundleFile[], b: readonly BundleFile[]): boolean => {
  const key = (files: readonly BundleFile[]) =>
    files
      .map((f) => `${f.path}\0${f.sha256}\0${f.size}`)
      .sort()
      .join('\n');
  return a.length === b.length && key(a) === key(b);
};

/** Copies through a temporary name, so a reader never sees half a file under a hash name. */
async function writeContentFile(source: string, target: string): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  await copyFile(source, temporary);
  await rename(temporary, target);
}

export async function publishBundle(options: PublishOptions): Promise<PublishResult> {
  const now = options.now ?? (() => new Date());
  const privateKey = await readPrivateKey(options.keyFile);
  const { id: keyId } = publicOf(privateKey);
  const build = await (options.build ?? ((source, out) => buildCollection({ source, out })))(
    options.source,
    options.out,
  );
  const empty = {
    pointer: null,
    changed: false,
    filesWritten: 0,
    bytesWritten: 0,
    totalFiles: 0,
    totalBytes: 0,
  };
  if (!build.ok || !build.outDir || !build.version) return { build, ...empty };

  const record = asBuildRecord(JSON.parse(await readFile(path.join(build.outDir, RECORD_FILE), 'utf8')));
  if (!record) throw new PublishError(`The build in ${build.outDir} has no readable ${RECORD_FILE}.`);
  const files: BundleFile[] = Object.entries(record.files)
    .map(([file, digest]) => ({ path: file, sha256: digest.sha256, size: digest.size }))
    .sort((a, b) => (a.path < b.path ? -1 : 1));
  const manifest = files.find((f) => f.path === 'manifest.json');
  if (!manifest) throw new PublishError(`The build in ${build.outDir} has no manifest.json.`);

  let filesWritten = 0;
  let bytesWritten = 0;
  const written = new Set<string>();
  for (const file of files) {
    if (written.has(file.sha256)) continue;
    written.add(file.sha256);
    const target = path.join(options.to, bundlePath(file.sha256));
    const there = await stat(target).catch(() => null);
    if (there?.size === file.size) continue;
    await writeContentFile(path.join(build.outDir, file.path), target);
    filesWritten++;
    bytesWritten += file.size;
  }
  const totals = { totalFiles: files.length, totalBytes: files.reduce((sum, f) => sum + f.size, 0) };

  const previous = await previousPointer(options.to);
  const validity = (options.expiryDays ?? DEFAULT_EXPIRY_DAYS) * DAY_MS;
  const at = now();
  const fresh =
    previous !== null &&
    Array.isArray(previous.files) &&
    sameFiles(previous.files, files) &&
    Date.parse(previous.expiresAt) - at.getTime() > validity / 4;
  if (fresh) return { build, pointer: previous, changed: false, filesWritten, bytesWritten, ...totals };

  const version = (Number.isInteger(previous?.version) ? previous!.version : 0) + 1;
  const pointer = signPointer(
    {
      format: 1,
      version,
      collectionVersion: build.version,
      manifestSha256: manifest.sha256,
      created: at.toISOString(),
      expiresAt: new Date(at.getTime() + validity).toISOString(),
      files,
    },
    privateKey,
    keyId,
  );
  const target = path.join(options.to, POINTER_FILE);
  const temporary = `${target}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(pointer)}\n`);
  await rename(temporary, target).catch(async (err: unknown) => {
    await rm(temporary, { force: true });
    throw err;
  });
  return { build, pointer, changed: true, filesWritten, bytesWritten, ...totals };
}
