import { useEffect, useRef, useState } from 'react';
import { designLinkUrl } from '../design/link-codec';
import { useWizardStore } from '../store/wizard-store';
import { ConceptualSection } from './conceptual-section';
import { whenDrawn } from './drawings-ready';
import { LinkSection } from './link-section';
import { LogicalSection } from './logical-section';
import { PhysicalSection } from './physical-section';
import { printDate } from './print-date';
import { WarningsSection } from './warnings-section';
import './print-summary.css';

export type PrintSummaryProps = {
  /** Called once every chart, the diagram and the QR code are drawn. */
  onReady: () => void;
  /** The page the link should open on; the whole design is in the link whatever the page. */
  baseUrl: string;
};

/**
 * The design for paper: conceptual, logical and physical phases, the warnings and the link back
 * to the live design. It reads the committed design from the store, so it prints what the key
 * figures show, never a half-typed value.
 */
export function PrintSummary({ onReady, baseUrl }: PrintSummaryProps) {
  const design = useWizardStore((s) => s.design);
  const sizing = useWizardStore((s) => s.sizing);
  const [printedOn] = useState(() => printDate(new Date()));
  const [ready, setReady] = useState(false);
  const root = useRef<HTMLElement>(null);

  useEffect(() => {
    const element = root.current;
    if (element === null) return undefined;
    return whenDrawn(element, () => {
      setReady(true);
      onReady();
    });
  }, [onReady]);

  // The results step: on reopening, the reader lands on the whole sizing, as on paper.
  const url = designLinkUrl(baseUrl, design, 'results');
  return (
    <article ref={root} className="print-summary" data-print-ready={ready ? 'true' : 'false'}>
      <header className="print-summary__header">
        <h1>OpenStack design summary</h1>
        <p className="print-summary__name">{design.name.trim() || 'Untitled design'}</p>
        <p className="print-summary__meta">
          Printed on <time dateTime={printedOn}>{printedOn}</time> · sized after{' '}
          <cite>Mastering OpenStack</cite>, chapter 1
        </p>
      </header>
      <ConceptualSection design={design} />
      <LogicalSection design={design} sizing={sizing} />
      <PhysicalSection design={design} sizing={sizing} />
      <WarningsSection warnings={sizing.report.warnings} />
      <LinkSection url={url} />
    </article>
  );
}
