/**
 * `latest.json`, the one small file kiosks poll: which collection version is published, until when
 * the pointer may be trusted, the SHA-256 of the bundle's file list, and the Ed25519 signature over
 * all of that. Everything else in a bundle is content-addressed (`files/ab/<sha256>`), the file list
 * included, so a pointer that verifies vouches for every byte a kiosk downloads.
 *
 * The list of a museum's build runs to tens of thousands of files (deep-zoom tiles), megabytes of
 * JSON. A kiosk that holds the previous version fetches only the `delta` from it (the entries added
 * and removed), applies it to the list it holds and checks the result against the signed hash; a
 * kiosk further behind fetches the whole list. So a poll costs a few hundred bytes and a one-photo
 * change its own files plus a few kilobytes.
 */
import type { KeyObject } from 'node:crypto';
import { z } from 'zod';
import { sha256 } from '../images/file-digest';
import { signText, verifyText, type PublicKey } from './signing-keys';

export const POINTER_FILE = 'latest.json';
const SHA256 = /^[0-9a-f]{64}$/;
const contentRef = z.strictObject({ sha256: z.string().regex(SHA256), size: z.number().int().nonnegative() });

const pointerSchema = z.strictObject({
  format: z.literal(1),
  /** Grows by one with every publish that changes something; a kiosk never goes back. */
  version: z.number().int().positive(),
  /** The collection's own content version (the manifest's). */
  collectionVersion: z.string().min(1).max(100),
  manifestSha256: z.string().regex(SHA256),
  created: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  /** The file list (see {@link listText}), content-addressed like every file. */
  list: contentRef.extend({ count: z.number().int().positive() }),
  /** The change from the previous version's list, for kiosks that hold that one. */
  delta: contentRef.extend({ fromList: z.string().regex(SHA256) }).optional(),
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
  signature: z.string().min(1),
});

export type BundlePointer = z.infer<typeof pointerSchema>;
export type UnsignedPointer = Omit<BundlePointer, 'keyId' | 'signature'>;

/** One file of a build: its folder-relative path, hash and size. */
export interface BundleFile {
  path: string;
  sha256: string;
  size: number;
}

/** Where a file of the bundle lives on the server, by its hash. */
export function bundlePath(hash: string): string {
  return `files/${hash.slice(0, 2)}/${hash}`;
}

/** The exact text that is signed: the unsigned fields in a fixed order. */
function signedText(pointer: UnsignedPointer): string {
  return JSON.stringify([
    pointer.format,
    pointer.version,
    pointer.collectionVersion,
    pointer.manifestSha256,
    pointer.created,
    pointer.expiresAt,
    [pointer.list.sha256, pointer.list.size, pointer.list.count],
    pointer.delta ? [pointer.delta.sha256, pointer.delta.size, pointer.delta.fromList] : null,
  ]);
}

export function signPointer(pointer: UnsignedPointer, privateKey: KeyObject, keyId: string): BundlePointer {
  return { ...pointer, keyId, signature: signText(signedText(pointer), privateKey) };
}

export type PointerCheck = { ok: true; pointer: BundlePointer } | { ok: false; problem: string };

/**
 * Parses and verifies a pointer's text against the keys a kiosk accepts, and refuses an expired one.
 * Problems are plain sentences for the status page.
 */
export function checkPointer(text: string, keys: readonly PublicKey[], now: Date): PointerCheck {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problem: `${POINTER_FILE} is not valid JSON.` };
  }
  const parsed = pointerSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return {
      ok: false,
      problem: `${POINTER_FILE} is not a publish pointer (${issue.path.join('.') || 'file'}: ${issue.message}).`,
    };
  }
  const pointer = parsed.data;
  const key = keys.find((k) => k.id === pointer.keyId);
  if (!key) {
    return {
      ok: false,
      problem: `${POINTER_FILE} is signed with key ${pointer.keyId}, which this kiosk does not accept.`,
    };
  }
  const { keyId: _id, signature, ...unsigned } = pointer;
  if (!verifyText(signedText(unsigned), signature, key.key)) {
    return {
      ok: false,
      problem: `The signature of ${POINTER_FILE} (version ${pointer.version}) does not verify: it was changed after signing.`,
    };
  }
  if (Date.parse(pointer.expiresAt) <= now.getTime()) {
    return {
      ok: false,
      problem: `${POINTER_FILE} (version ${pointer.version}) expired at ${pointer.expiresAt}: publish again.`,
    };
  }
  return { ok: true, pointer };
}

// The file list and its delta.

const pathSchema = z
  .string()
  .min(1)
  .max(300)
  // A build-relative path: no absolute paths, no `..`, no backslashes.
  .regex(/^(?!\/)(?!.*(?:^|\/)\.\.?(?:\/|$))[A-Za-z0-9._/-]+$/);
const entrySchema = z.tuple([pathSchema, z.string().regex(SHA256), z.number().int().nonnegative()]);
const listSchema = z.array(entrySchema).min(1);
const deltaSchema = z.strictObject({ add: z.array(entrySchema), remove: z.array(pathSchema) });

const byPath = (a: BundleFile, b: BundleFile) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** The list's one canonical text: entries `[path, sha256, size]` in path order. Its hash is signed. */
export function listText(files: readonly BundleFile[]): string {
  return JSON.stringify([...files].sort(byPath).map((f) => [f.path, f.sha256, f.size]));
}

/** The entries added and the paths removed between two lists, as the bundle stores it. */
export function deltaText(from: readonly BundleFile[], to: readonly BundleFile[]): string {
  const before = new Map(from.map((f) => [f.path, f]));
  const after = new Set(to.map((f) => f.path));
  const add = [...to]
    .sort(byPath)
    .filter((f) => {
      const old = before.get(f.path);
      return !old || old.sha256 !== f.sha256 || old.size !== f.size;
    })
    .map((f) => [f.path, f.sha256, f.size]);
  const remove = [...before.keys()].filter((p) => !after.has(p)).sort();
  return JSON.stringify({ add, remove });
}

export class ListError extends Error {}

/** A list's text, checked against its signed hash and its shape (no path twice). */
export function parseList(text: string, expectedSha256: string): BundleFile[] {
  if (sha256(text) !== expectedSha256)
    throw new ListError('The file list does not match its SHA-256 in latest.json.');
  const parsed = listSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new ListError('The file list is not a list of [path, sha256, size].');
  const files = parsed.data.map(([path, hash, size]) => ({ path, sha256: hash, size }));
  if (new Set(files.map((f) => f.path)).size !== files.length)
    throw new ListError('The file list names a path twice.');
  return files;
}

/** Applies a delta's text (checked against its hash) to a list; the caller checks the result's hash. */
export function applyDelta(from: readonly BundleFile[], text: string, expectedSha256: string): BundleFile[] {
  if (sha256(text) !== expectedSha256)
    throw new ListError('The list delta does not match its SHA-256 in latest.json.');
  const parsed = deltaSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new ListError('The list delta is not { add, remove }.');
  const files = new Map(from.map((f) => [f.path, f]));
  for (const gone of parsed.data.remove) files.delete(gone);
  for (const [path, hash, size] of parsed.data.add) files.set(path, { path, sha256: hash, size });
  return [...files.values()];
}
