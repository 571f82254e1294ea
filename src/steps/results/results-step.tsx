import type { ReactNode } from 'react';
import { BOUND_TEXT } from '../../figures/key-figures-panel';
import { PoolsTable } from '../../figures/pools-table';
import { CostSummary } from '../../figures/cost-summary';
import { hasOwnCosting } from '../../design/own-costing';
import { ReportTables } from '../../figures/report-tables';
import type { Sizing } from '../../engine/report/report-types';
import { useWizardStore } from '../../store/wizard-store';
import { formatNumber } from '../../working/format-number';
import { StepCharts } from '../step-charts';

type Section = { id: string; title: string };

const SECTIONS = {
  glance: { id: 'results-glance', title: 'At a glance' },
  charts: { id: 'results-charts', title: 'Charts and diagrams' },
  pools: { id: 'results-pools', title: 'Storage pools' },
  cost: { id: 'results-cost', title: 'Servers and cost' },
  figures: { id: 'results-figures', title: 'Every figure with its working' },
} as const satisfies Record<string, Section>;

export function ResultsStep() {
  const sizing = useWizardStore((s) => s.sizing);
  const design = useWizardStore((s) => s.design);
  return (
    <>
      <p className="step-intro">
        The whole sizing, each figure with its formula and the numbers put in, so it can be checked
        by hand.
      </p>
      <nav className="results-contents" aria-label="Results contents">
        <ol>
          {(Object.keys(SECTIONS) as (keyof typeof SECTIONS)[]).map((key) => (
            <li key={key}>
              <ContentsEntry section={SECTIONS[key]} />
            </li>
          ))}
        </ol>
      </nav>
      <ResultsSection section={SECTIONS.glance}>
        <AtAGlance sizing={sizing} />
      </ResultsSection>
      <ResultsSection section={SECTIONS.charts}>
        <StepCharts
          ids={[
            'node-counts',
            'cores',
            'ram',
            'slot-map',
            'iops',
            'bandwidth',
            'storage',
            'growth',
          ]}
          extras={['logical', 'flavors', 'headroom', 'racks']}
        />
      </ResultsSection>
      <ResultsSection section={SECTIONS.pools}>
        <PoolsTable sizing={sizing} />
      </ResultsSection>
      <ResultsSection section={SECTIONS.cost}>
        <CostSummary sizing={sizing} examplePrices={!hasOwnCosting(design)} />
        <StepCharts ids={sizing.report.compare ? ['profiles', 'cost-years'] : ['cost-years']} />
      </ResultsSection>
      <ResultsSection section={SECTIONS.figures}>
        <ReportTables sizing={sizing} />
      </ResultsSection>
    </>
  );
}

/**
 * A button, not a `#…` link: the address's fragment holds the design and the step, and a
 * fragment of a section's id would be read as a step and move the wizard away from Results.
 */
function ContentsEntry({ section }: { section: Section }) {
  return (
    <button
      type="button"
      className="results-contents__entry"
      aria-controls={section.id}
      onClick={() => {
        const heading = document.getElementById(section.id);
        heading?.scrollIntoView({ block: 'start' });
        heading?.focus();
      }}
    >
      {section.title}
    </button>
  );
}

function ResultsSection({ section, children }: { section: Section; children: ReactNode }) {
  return (
    <section className="results-section" aria-labelledby={section.id}>
      <h3 id={section.id} tabIndex={-1}>
        {section.title}
      </h3>
      {children}
    </section>
  );
}

/**
 * The headline figures, read before the detail. The key figures panel already carries these
 * figures' `data-figure` keys, so these name them with `data-glance` instead: one element per key.
 */
function AtAGlance({ sizing }: { sizing: Sizing }) {
  const { compute, nodes, memory, racks, warnings } = sizing.report;
  const items: readonly { key: string; label: string; value: ReactNode }[] = [
    {
      key: 'compute.nodes',
      label: 'Compute nodes',
      value: `${formatNumber(compute.nodes)}, bound by ${BOUND_TEXT[compute.bound]}`,
    },
    ...(nodes.storage > 0
      ? [{ key: 'nodes.storage', label: 'Storage nodes', value: formatNumber(nodes.storage) }]
      : []),
    { key: 'nodes.total', label: 'Nodes in all', value: formatNumber(nodes.total) },
    {
      key: 'memory.gbInstalledPerNode',
      label: 'RAM per compute node',
      value: `${formatNumber(memory.gbInstalledPerNode)} GB`,
    },
    { key: 'racks.count', label: 'Racks', value: formatNumber(racks.count) },
    { key: 'racks.powerKw', label: 'Power', value: `${formatNumber(racks.powerKw)} kW` },
    { key: 'warnings.count', label: 'Warnings', value: formatNumber(warnings.length) },
  ];
  return (
    <dl className="results-glance">
      {items.map((item) => (
        <div key={item.key} className="results-glance__item" data-glance={item.key}>
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
