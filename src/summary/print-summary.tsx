import { useEffect, useRef, useState } from 'react';
import { useWizardStore } from '../store/wizard-store';
import { AppendixSection } from './appendix-section';
import { ConceptualSection } from './conceptual-section';
import { CostSection } from './cost-section';
import { whenDrawn } from './drawings-ready';
import { ExecutiveSummary } from './executive-summary';
import { LinkSection } from './link-section';
import { LogicalSection } from './logical-section';
import { PhysicalSection } from './physical-section';
import { printDate } from './print-date';
import { WarningsSection } from './warnings-section';
import './print-summary.css';

export type PrintSummaryProps = {
  /** Called once every chart, the diagram and the QR code are drawn. */
  onReady: () => void;
  /** The link that reopens this design, printed as text and as a QR code. */
  linkUrl: string;
};

/**
 * The design for paper: an executive summary, the conceptual, logical and physical phases, the
 * warnings and the link back to the live design, then the formulas in an appendix. It reads the committed design from the store, so it prints what the key
 * figures show, never a half-typed value.
 */
export function PrintSummary({ onReady, linkUrl }: PrintSummaryProps) {
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
      <ExecutiveSummary design={design} sizing={sizing} />
      <ConceptualSection design={design} />
      <LogicalSection design={design} sizing={sizing} />
      <PhysicalSection design={design} sizing={sizing} />
      <CostSection design={design} sizing={sizing} />
      <WarningsSection warnings={sizing.report.warnings} />
      <LinkSection url={linkUrl} />
      <AppendixSection design={design} sizing={sizing} />
    </article>
  );
}
