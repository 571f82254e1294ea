import { QrCode } from './qr-code';

/** The design's link as text and as a QR code, so the paper leads back to the live design. */
export function LinkSection({ url }: { url: string }) {
  return (
    <section className="print-section print-link" aria-labelledby="print-link">
      <h2 id="print-link">Open this design</h2>
      <div className="print-link__body">
        <QrCode text={url} label="QR code of the design link" />
        <div>
          <p>Scan the code or type the link to reopen this design in the wizard:</p>
          <p>
            <a className="print-link__url" href={url}>
              {url}
            </a>
          </p>
        </div>
      </div>
    </section>
  );
}
