import { useMemo } from 'react';
import { encodeQR } from 'qr';

/** Light margin added around the code: `qr` leaves 2 modules, scanners expect 4. */
const QUIET_ZONE = 2;

/** A QR code drawn as one SVG path, made here from the text (no network, no image file). */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { size, path } = useMemo(() => {
    const modules = encodeQR(text, 'raw', { ecc: 'medium' });
    let d = '';
    modules.forEach((row, y) => row.forEach((dark, x) => dark && (d += `M${x} ${y}h1v1h-1z`)));
    return { size: modules.length, path: d };
  }, [text]);
  const outer = size + 2 * QUIET_ZONE;
  return (
    <svg className="door-qr" role="img" aria-label={label} viewBox={`${-QUIET_ZONE} ${-QUIET_ZONE} ${outer} ${outer}`} shapeRendering="crispEdges">
      <rect x={-QUIET_ZONE} y={-QUIET_ZONE} width={outer} height={outer} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
