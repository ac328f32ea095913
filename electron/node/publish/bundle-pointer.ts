/**
 * `latest.json`, the one small file kiosks poll: which collection version is published, until when
 * the pointer may be trusted, every file of it with its SHA-256 and size, and the Ed25519 signature
 * over all of that. Everything else in a bundle is content-addressed (`files/ab/<sha256>`), so a
 * pointer that verifies vouches for every byte a kiosk downloads.
 */
import { z } from 'zod';
import { signText, verifyText, type PublicKey } from './signing-keys';
import type { KeyObject } from 'node:crypto';

export const POINTER_FILE = 'latest.json';
const SHA256 = /^[0-9a-f]{64}$/;

const fileSchema = z.strictObject({
  path: z
    .string()
    .min(1)
    .max(300)
    // A build-relative path: no absolute paths, no `..`, no backslashes.
    .regex(/^(?!\/)(?!.*(?:^|\/)\.\.?(?:\/|$))[A-Za-z0-9._/-]+$/),
  sha256: z.string().regex(SHA256),
  size: z.number().int().nonnegative(),
});

const pointerSchema = z.strictObject({
  format: z.literal(1),
  /** Grows by one with every publish that changes something; a kiosk never goes back. */
  version: z.number().int().positive(),
  /** The collection's own content version (the manifest's). */
  collectionVersion: z.string().min(1).max(100),
  manifestSha256: z.string().regex(SHA256),
  created: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  files: z.array(fileSchema).min(1),
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
  signature: z.string().min(1),
});

export type BundlePointer = z.infer<typeof pointerSchema>;
export type BundleFile = BundlePointer['files'][number];
export type UnsignedPointer = Omit<BundlePointer, 'keyId' | 'signature'>;

/** Where a file of the bundle lives on the server, by its hash. */
export function bundlePath(sha256: string): string {
  return `files/${sha256.slice(0, 2)}/${sha256}`;
}

/** The exact text that is signed: the unsigned fields in a fixed order, files in path order. */
function signedText(pointer: UnsignedPointer): string {
  return JSON.stringify([
    pointer.format,
    pointer.version,
    pointer.collectionVersion,
    pointer.manifestSha256,
    pointer.created,
    pointer.expiresAt,
    [...pointer.files].sort((a, b) => (a.path < b.path ? -1 : 1)).map((f) => [f.path, f.sha256, f.size]),
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
  if (!key)
    return {
      ok: false,
      problem: `${POINTER_FILE} is signed with key ${pointer.keyId}, which this kiosk does not accept.`,
    };
  const { keyId: _id, signature, ...unsigned } = pointer;
  if (!verifyText(signedText(unsigned), signature, key.key)) {
    return {
      ok: false,
      problem: `The signature of ${POINTER_FILE} (version ${pointer.version}) does not verify: it was changed after signing.`,
    };
  }
  if (new Set(pointer.files.map((f) => f.path)).size !== pointer.files.length) {
    return { ok: false, problem: `${POINTER_FILE} lists a file twice.` };
  }
  if (Date.parse(pointer.expiresAt) <= now.getTime()) {
    return {
      ok: false,
      problem: `${POINTER_FILE} (version ${pointer.version}) expired at ${pointer.expiresAt}: publish again.`,
    };
  }
  return { ok: true, pointer };
}
