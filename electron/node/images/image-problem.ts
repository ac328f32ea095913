/** Why an image cannot be used; the preflight check turns each kind into a curator-facing message. */
export type ImageProblemKind = 'not-an-image' | 'unreadable-media' | 'oversized-image';

/** A typed failure for one image file, carrying the file it is about. */
export class ImageProblem extends Error {
  override readonly name = 'ImageProblem';

  constructor(
    readonly kind: ImageProblemKind,
    readonly file: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Maps an error thrown by fs or sharp while reading `file` to an ImageProblem. */
export function toImageProblem(error: unknown, file: string): ImageProblem {
  if (error instanceof ImageProblem) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/pixel limit/i.test(message)) {
    return new ImageProblem('oversized-image', file, `${file}: the image is too large to open safely`, {
      cause: error,
    });
  }
  if (/unsupported image format/i.test(message)) {
    return new ImageProblem('not-an-image', file, `${file}: the file is not an image`, { cause: error });
  }
  return new ImageProblem(
    'unreadable-media',
    file,
    `${file}: the image cannot be read (${firstLine(message)})`,
    {
      cause: error,
    },
  );
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.trim();
}
