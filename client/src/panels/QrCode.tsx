import { useMemo } from 'react';
import { qrPath } from './qrPath';

const QUIET_ZONE = 2;

/** A QR code as crisp SVG, black on white with its quiet zone, at any size. */
export function QrCode({ text, size, label, testId }: { text: string; size: number | string; label: string; testId?: string }) {
  const qr = useMemo(() => qrPath(text), [text]);
  const box = qr.size + QUIET_ZONE * 2;
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={label}
      data-testid={testId}
      width={size}
      height={size}
      viewBox={`${-QUIET_ZONE} ${-QUIET_ZONE} ${box} ${box}`}
      shapeRendering="crispEdges"
    >
      <rect x={-QUIET_ZONE} y={-QUIET_ZONE} width={box} height={box} fill="#fff" />
      <path d={qr.path} fill="#000" />
    </svg>
  );
}
