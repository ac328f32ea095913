/**
 * The publisher's Ed25519 key pair (node:crypto): the private key signs `latest.json` on the
 * publishing machine only; kiosks hold the public keys they accept. A key is named by its id, the
 * first 16 hex digits of the SHA-256 of its public key, so a pointer says which key signed it and
 * a kiosk given two keys (during a rotation) knows which one to try.
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

const PRIVATE_KEY_FILE = 'publish.key';
const PUBLIC_KEY_FILE = 'publish.pub';

export class KeyFileError extends Error {}

/** A public key the kiosk accepts. */
export interface PublicKey {
  id: string;
  key: KeyObject;
}

function keyId(publicKey: KeyObject): string {
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return createHash('sha256').update(der).digest('hex').slice(0, 16);
}

/**
 * Writes `publish.key` (private, mode 0600) and `publish.pub` into `dir`; refuses to overwrite a
 * private key, which would orphan every kiosk that trusts it.
 */
export async function writeKeyPair(
  dir: string,
): Promise<{ privateFile: string; publicFile: string; id: string }> {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  await mkdir(dir, { recursive: true });
  const privateFile = path.join(dir, PRIVATE_KEY_FILE);
  const publicFile = path.join(dir, PUBLIC_KEY_FILE);
  try {
    await writeFile(privateFile, privateKey.export({ type: 'pkcs8', format: 'pem' }), {
      mode: 0o600,
      flag: 'wx',
    });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new KeyFileError(
        `${privateFile} exists already: move it away first (kiosks trusting it would stop updating).`,
      );
    }
    throw err;
  }
  await writeFile(publicFile, publicKey.export({ type: 'spki', format: 'pem' }));
  return { privateFile, publicFile, id: keyId(publicKey) };
}

async function readKeyText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    throw new KeyFileError(
      `The key file ${file} cannot be read: ${(err as NodeJS.ErrnoException).code ?? String(err)}.`,
    );
  }
}

export async function readPrivateKey(file: string): Promise<KeyObject> {
  const text = await readKeyText(file);
  try {
    const key = createPrivateKey(text);
    if (key.asymmetricKeyType !== 'ed25519') throw new Error(`a ${key.asymmetricKeyType} key`);
    return key;
  } catch (err) {
    throw new KeyFileError(
      `${file} is not an Ed25519 private key (${err instanceof Error ? err.message : String(err)}); make one with "npm run kiosk-config -- keygen".`,
    );
  }
}

/** A public key from a `.pub` file's PEM text. */
function parsePublicKey(pem: string, where: string): PublicKey {
  try {
    const key = createPublicKey(pem);
    if (key.asymmetricKeyType !== 'ed25519') throw new Error(`a ${key.asymmetricKeyType} key`);
    return { id: keyId(key), key };
  } catch (err) {
    throw new KeyFileError(
      `${where} is not an Ed25519 public key (${err instanceof Error ? err.message : String(err)}).`,
    );
  }
}

export async function readPublicKey(file: string): Promise<PublicKey> {
  return parsePublicKey(await readKeyText(file), file);
}

/** The public key that belongs to a private one (what a publisher checks its own pointer with). */
export function publicOf(privateKey: KeyObject): PublicKey {
  const key = createPublicKey(privateKey);
  return { id: keyId(key), key };
}

export function signText(text: string, privateKey: KeyObject): string {
  return sign(null, Buffer.from(text, 'utf8'), privateKey).toString('base64');
}

export function verifyText(text: string, signature: string, publicKey: KeyObject): boolean {
  try {
    return verify(null, Buffer.from(text, 'utf8'), publicKey, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}
