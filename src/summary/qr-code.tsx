import { encode } from 'uqr';

/** Modules of white round the code: the quiet zone the QR standard asks for. */
const QUIET_ZONE_MODULES = 4;
/** A phone camera reads modules down to about 0.4 mm; 0.5 mm leaves room for a worn printer. */
const MM_PER_MODULE = 0.5;
/** Never smaller than 35 mm on paper, however short the link. */
const MIN_SIZE_MM = 35;

/** One path of unit squares, one per dark module: small markup and crisp at any scale. */
function modulesPath(data: readonly (readonly boolean[])[]): string {
  const parts: string[] = [];
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) parts.push(`M${x} ${y}h1v1h-1z`);
    }),
  );
  return parts.join('');
}

/** The QR code of `text` as SVG, error-correction level M, sized in millimetres for paper. */
export function QrCode({ text, label }: { text: string; label: string }) {
  let code: ReturnType<typeof encode>;
  try {
    code = encode(text, { ecc: 'M', border: QUIET_ZONE_MODULES });
  } catch {
    return (
      <p className="qr-code__none">The link is too long for a QR code: type it from the text.</p>
    );
  }
  const sizeMm = Math.max(MIN_SIZE_MM, code.size * MM_PER_MODULE);
  return (
    <svg
      data-qr=""
      className="qr-code"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${code.size} ${code.size}`}
      style={{ width: `${sizeMm}mm`, height: `${sizeMm}mm` }}
      shapeRendering="crispEdges"
    >
      <rect width={code.size} height={code.size} fill="#fff" />
      <path d={modulesPath(code.data)} fill="#000" />
    </svg>
  );
}
