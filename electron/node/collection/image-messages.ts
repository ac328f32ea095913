/**
 * What a curator reads about an image the kiosk cannot use, from the check and from the build in
 * the same words: the same file must never get two different explanations.
 */
import type { ImageProblem, OutputProblem } from './image-adapter';

/** Sentence about `name` (the file as written in the YAML) for one ImageProblem. */
export function imageProblemMessage(problem: ImageProblem, name: string): string {
  const { detail } = problem;
  switch (problem.kind) {
    case 'empty-file':
      return `"${name}" is an empty file (0 bytes); copy the photo again.`;
    case 'not-an-image':
      return detail.looksLike
        ? `"${name}" is not an image: it looks like ${detail.looksLike} saved with an image name.`
        : `"${name}" is not an image (perhaps a web page or document saved with an image name).`;
    case 'unsupported-format':
      return `"${name}" is ${withArticle(detail.format ?? 'a format')}, which the kiosk cannot show. Save ${detail.saveAs ?? 'it as JPEG, PNG or TIFF'} and use that file.`;
    case 'oversized-image':
      return `"${name}" is larger than 100 megapixels, too large to show safely. Scale it down first.`;
    case 'unreadable-media':
      if (detail.cannotOpen)
        return `The image "${name}" cannot be opened; check that the file is there and readable.`;
      return detail.truncated
        ? `"${name}" is cut off: the file ends before the picture does (perhaps a copy that did not finish). Copy or export it again.`
        : `"${name}" is damaged and cannot be read as an image. Export it again from your photo editor.`;
  }
}

/** Sentence for a build that could not write its output; the photos are not to blame. */
export function outputProblemMessage(problem: OutputProblem): string {
  const why = {
    'disk-full': "the disk that holds the kiosk's built collection is full. Free some space",
    'read-only': "the folder for the kiosk's built collection is on a read-only disk. Use a writable folder",
    'no-permission': 'the kiosk may not write to the folder for its built collection. Fix its permissions',
    'too-many-files': 'the computer has too many files open. Close other programs',
    other: "writing to the folder for the kiosk's built collection failed. Check that disk",
  }[problem.reason];
  return `The build could not save the pictures it made: ${why} and build again. This is not a problem with the photos; the last good collection stays live.`;
}

function withArticle(format: string): string {
  if (/^(a|an|the) /i.test(format)) return format;
  return /^[aeiou]/i.test(format) ? `an ${format}` : `a ${format}`;
}
