import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';

/**
 * Builds, at test time, one file for every real-world case the pipeline must survive; nothing is
 * committed as a binary fixture.
 */
export async function makeImages(dir: string) {
  const file = (name: string) => join(dir, name);
  const solid = (width: number, height: number, background: string) =>
    sharp({ create: { width, height, channels: 3, background } });
  await solid(300, 100, '#9a2d26').jpeg().withMetadata({ orientation: 6 }).toFile(file('rotated.jpg'));
  await solid(120, 80, '#26395f').toColourspace('cmyk').jpeg().toFile(file('cmyk.jpg'));
  await solid(120, 80, '#477b4f').png({ palette: true, colours: 8 }).toFile(file('palette.png'));
  await sharp({ create: { width: 100, height: 60, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
    .png()
    .toFile(file('transparent.png'));
  await solid(150, 100, '#8b5a2b').png().toFile(file('png-saved-as.JPG'));
  await solid(640, 480, '#ddb044').jpeg({ progressive: true }).toFile(file('progressive.jpg'));
  await solid(88, 60, '#8d6aa3').jpeg().toFile(file('tiny.jpg'));
  await solid(4000, 2600, '#efe5cf').jpeg({ quality: 70 }).toFile(file('scan.jpg'));
  await solid(200, 100, '#231d1b').jpeg().toFile(file('Kain (copy) #2 — ü & co!.jpg'));
  await solid(200, 100, '#231d1b').jpeg().toFile(file('UPPER.JPEG'));
  await writeFile(file('page.jpg'), '<!doctype html><html><body>Not found</body></html>');
  await writeFile(file('bomb.png'), await decompressionBomb());
  return file;
}

/**
 * A tiny, valid PNG whose header claims 20000 x 20000 px (400 MP): decoding it would allocate
 * over a gigabyte; the pipeline must refuse it from the header alone.
 */
async function decompressionBomb(): Promise<Buffer> {
  const png = Buffer.from(
    await sharp({ create: { width: 64, height: 64, channels: 3, background: '#000' } })
      .png()
      .toBuffer(),
  );
  png.writeUInt32BE(20000, 16);
  png.writeUInt32BE(20000, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}
