/**
 * A QR code as an SVG data URL, made on this machine (the `qrcode` package; no service is asked).
 * Error correction M survives a scratched or reflective screen; the 4-module margin is the quiet
 * zone phone scanners need. A data URL lets an `<img>` show it without injecting markup.
 */
export async function qrSvgDataUrl(text: string): Promise<string> {
  const { default: QRCode } = await import('qrcode');
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
