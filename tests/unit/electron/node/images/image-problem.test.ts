import { describe, expect, it } from 'vitest';
import { toImageProblem, toOutputProblem } from '../../../../../electron/node/images/image-problem';

const errno = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('toOutputProblem', () => {
  it.each([
    [errno('ENOSPC', "ENOSPC: no space left on device, write '/x'"), 'disk-full'],
    [new Error('VipsForeignSaveDz: write failed: No space left on device'), 'disk-full'],
    [errno('EDQUOT', 'EDQUOT: disk quota exceeded'), 'disk-full'],
    [errno('EACCES', "EACCES: permission denied, mkdir '/x'"), 'no-permission'],
    [new Error('unable to open "/x/tiles.dzi" for write: Permission denied'), 'no-permission'],
    [errno('EROFS', 'EROFS: read-only file system'), 'read-only'],
    [errno('EMFILE', 'EMFILE: too many open files'), 'too-many-files'],
    [errno('ENOTDIR', 'ENOTDIR: not a directory'), 'other'],
  ])('sorts %s as %s', (error, reason) => {
    expect(toOutputProblem(error)).toMatchObject({ reason });
  });

  it('leaves decode failures to the image', () => {
    expect(toOutputProblem(new Error('VipsJpeg: premature end of JPEG image'))).toBeNull();
    expect(toOutputProblem(new Error('Input buffer contains unsupported image format'))).toBeNull();
  });
});

describe('toImageProblem', () => {
  it.each([
    ['VipsJpeg: premature end of JPEG image', true],
    ['webp: unable to decode image: NOT_ENOUGH_DATA', true],
    ['TIFFFillStrip: Read error on strip 3', true],
    ['VipsJpeg: Corrupt JPEG data: bad Huffman code', false],
  ])('reads "%s" as unreadable, cut off: %s', (message, truncated) => {
    expect(toImageProblem(new Error(message), 'a.jpg')).toMatchObject({
      kind: 'unreadable-media',
      detail: { truncated },
    });
  });

  it('tells a file that cannot be opened from a damaged one', () => {
    expect(toImageProblem(errno('ENOENT', 'ENOENT: no such file'), 'a.jpg')).toMatchObject({
      kind: 'unreadable-media',
      detail: { cannotOpen: true },
    });
  });
});
