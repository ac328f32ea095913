/**
 * `npm run collection -- publish COLLECTION --to DIR --key KEY`: compiles the collection and writes
 * it as a static bundle any web server (or a USB stick) can carry: every file of the build under
 * `files/ab/<sha256>`, and a signed `latest.json` that lists them. Files already in the bundle are
 * not written again, so a one-photo change adds that photo's derivatives and a new pointer; a
 * publish with nothing changed writes nothing (unless the pointer is near its expiry, when it is
 * signed again with a new version so kiosks keep accepting it).
 */
import { copyFile, mkdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildCollection, type BuildResult } from '../collection/build';
import { asBuildRecord, RECORD_FILE } from '../collection/build-record';
import { sha256 } from '../images/file-digest';
import {
  bundlePath,
  deltaText,
  listText,
  parseList,
  POINTER_FILE,
  signPointer,
  type BundleFile,
  type BundlePointer,
} from './bundle-pointer';
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
  /** Every file of the published build (empty when nothing was published). */
  files: BundleFile[];
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

/** Writes a text as a content file of the bundle (if it is not there yet); returns its reference. */
async function writeContentText(to: string, text: string): Promise<{ sha256: string; size: number }> {
  const hash = sha256(text);
  const target = path.join(to, bundlePath(hash));
  const size = Buffer.byteLength(text);
  if ((await stat(target).catch(() => null))?.size !== size) {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(`${target}.${process.pid}.tmp`, text);
    await rename(`${target}.${process.pid}.tmp`, target);
  }
  return { sha256: hash, size };
}

/** The previous version's file list, when the bundle still holds it intact. */
async function previousList(to: string, previous: BundlePointer | null): Promise<BundleFile[] | null> {
  const hash = previous?.list?.sha256;
  if (typeof hash !== 'string') return null;
  try {
    return parseList(await readFile(path.join(to, bundlePath(hash)), 'utf8'), hash);
  } catch {
    return null;
  }
}

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
    files: [],
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
  const list = listText(files);
  const fresh =
    previous !== null &&
    previous.list?.sha256 === sha256(list) &&
    Date.parse(previous.expiresAt) - at.getTime() > validity / 4;
  if (fresh)
    return { build, pointer: previous, files, changed: false, filesWritten, bytesWritten, ...totals };
  const listRef = await writeContentText(options.to, list);
  const before = await previousList(options.to, previous);
  const delta =
    before && previous!.list.sha256 !== listRef.sha256
      ? { ...(await writeContentText(options.to, deltaText(before, files))), fromList: previous!.list.sha256 }
      : undefined;

  const version = (Number.isInteger(previous?.version) ? previous!.version : 0) + 1;
  const pointer = signPointer(
    {
      format: 1,
      version,
      collectionVersion: build.version,
      manifestSha256: manifest.sha256,
      created: at.toISOString(),
      expiresAt: new Date(at.getTime() + validity).toISOString(),
      list: { ...listRef, count: files.length },
      ...(delta ? { delta } : {}),
    },
    privateKey,
    keyId,
  );
  const target = path.join(options.to, POINTER_FILE);
  const temporary = `${target}.${process.pid}.tmp`;
  await writeFile(temporary, `${JSON.stringify(pointer)}\n`);
  // nginx's ETag is the mtime in whole seconds plus the size, and pointers are all about one size:
  // a later second than the last pointer's, or a kiosk that polled in between is answered 304.
  const lastSecond = Math.floor(((await stat(target).catch(() => null))?.mtimeMs ?? 0) / 1000);
  if (lastSecond >= Math.floor(Date.now() / 1000)) await utimes(temporary, new Date(), lastSecond + 1);
  await rename(temporary, target).catch(async (err: unknown) => {
    await rm(temporary, { force: true });
    throw err;
  });
  return { build, pointer, files, changed: true, filesWritten, bytesWritten, ...totals };
}
