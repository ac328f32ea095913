/**
 * Why an image cannot be used; the collection check turns each kind into a curator-facing
 * message (collection/image-messages.ts). The `message` of the Error is for logs and may hold
 * library text; curators never see it.
 */
export type ImageProblemKind =
  'empty-file' | 'not-an-image' | 'unsupported-format' | 'unreadable-media' | 'oversized-image';

/** What is known about the failure, for the curator's message. */
export interface ImageProblemDetail {
  /** `unsupported-format`: the format found, e.g. "Photoshop (PSD)". */
  format?: string;
  /** `unsupported-format`: what to save instead, e.g. "it as JPEG, PNG or TIFF". */
  saveAs?: string;
  /** `not-an-image`: what the bytes look like instead, e.g. "a web page". */
  looksLike?: string;
  /** `unreadable-media`: the file ends before the picture does (cut off while copying). */
  truncated?: boolean;
  /** `unreadable-media`: the file itself could not be opened (gone, no permission). */
  cannotOpen?: boolean;
}

/** A typed failure for one image file, carrying the file it is about. */
export class ImageProblem extends Error {
  override readonly name = 'ImageProblem';

  constructor(
    readonly kind: ImageProblemKind,
    readonly file: string,
    message: string,
    readonly detail: ImageProblemDetail = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Words libvips, libjpeg, libspng, libtiff and libwebp use when a file ends too early. */
const TRUNCATED =
  /premature end|truncat|unexpected end|end of (file|data|stream)|not[ _]enough[ _]data|short read|read error|bad seek|out of data|incomplete/i;

/** Maps an error thrown by fs or sharp while reading or decoding `file` to an ImageProblem. */
export function toImageProblem(error: unknown, file: string): ImageProblem {
  if (error instanceof ImageProblem) return error;
  const message = error instanceof Error ? error.message : String(error);
  const options = { cause: error };
  if (/pixel limit/i.test(message)) {
    return new ImageProblem('oversized-image', file, `${file}: ${firstLine(message)}`, {}, options);
  }
  if (/unsupported image format/i.test(message)) {
    return new ImageProblem('not-an-image', file, `${file}: ${firstLine(message)}`, {}, options);
  }
  const cannotOpen = typeof (error as NodeJS.ErrnoException | undefined)?.code === 'string';
  return new ImageProblem(
    'unreadable-media',
    file,
    `${file}: ${firstLine(message)}`,
    cannotOpen ? { cannotOpen } : { truncated: TRUNCATED.test(message) },
    options,
  );
}

/**
 * A failure that is not the image's fault: the build could not write what it made (disk full, no
 * permission on the output folder). Reported once for the whole build, never against a photo.
 */
export class OutputProblem extends Error {
  override readonly name = 'OutputProblem';

  constructor(
    readonly reason: 'disk-full' | 'no-permission' | 'read-only' | 'too-many-files' | 'other',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Error codes (and libvips' words for them) that say the output side failed, by reason. */
const OUTPUT_FAILURES: [OutputProblem['reason'], RegExp][] = [
  ['disk-full', /ENOSPC|EDQUOT|no space left|quota exceeded/i],
  ['read-only', /EROFS|read-only file system/i],
  ['no-permission', /EACCES|EPERM|permission denied|operation not permitted/i],
  ['too-many-files', /EMFILE|ENFILE|too many open files/i],
];

/**
 * An OutputProblem when `error` is a file-system failure of the output side (by errno code or by
 * the words libvips passes on from the system), else null.
 */
export function toOutputProblem(error: unknown): OutputProblem | null {
  if (error instanceof OutputProblem) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const message = error instanceof Error ? error.message : String(error);
  const text = `${typeof code === 'string' ? code : ''} ${message}`;
  for (const [reason, pattern] of OUTPUT_FAILURES) {
    if (pattern.test(text)) return new OutputProblem(reason, firstLine(message), { cause: error });
  }
  if (typeof code === 'string') return new OutputProblem('other', firstLine(message), { cause: error });
  return null;
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.trim();
}
