import { useEffect, useState } from 'react';
import { qrSvgDataUrl } from './qr-svg';
import './take-away-qr.css';

export interface TakeAwayQrProps {
  /** The piece's public address (see `pieceUrl`); nothing is rendered without one. */
  url?: string;
  /** The caption and the image's accessible name, e.g. "Pindai untuk membawa kain ini pulang". */
  label: string;
}

/** A QR code a visitor scans to take the piece's page home. Rendered only when a URL is given. */
export function TakeAwayQr({ url, label }: TakeAwayQrProps) {
  const [code, setCode] = useState<{ url: string; src: string } | undefined>();

  useEffect(() => {
    if (!url) return undefined;
    let current = true;
    qrSvgDataUrl(url).then(
      (src) => {
        if (current) setCode({ url, src });
      },
      // An over-long URL cannot be encoded; showing no code beats showing an error to a visitor.
      () => {
        if (current) setCode(undefined);
      },
    );
    return () => {
      current = false;
    };
  }, [url]);

  // A code made for an earlier URL is never shown for the next piece.
  if (!url || code?.url !== url) return null;
  return (
    <figure className="kit-qr" data-url={url}>
      <img className="kit-qr__image" src={code.src} alt={label} width={200} height={200} draggable={false} />
      <figcaption className="kit-qr__caption" aria-hidden="true">
        {label}
      </figcaption>
    </figure>
  );
}
