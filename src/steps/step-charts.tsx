import { memo, useDeferredValue } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { CHARTS } from '../charts/lazy-charts';
import type { ChartId } from '../charts/chart-types';
import type { Design } from '../design/design-schema';
import { LogicalDiagram } from '../diagram/logical-diagram';
import type { Sizing } from '../engine/report-types';
import { useWizardStore } from '../store/wizard-store';

type Props = { ids: readonly ChartId[]; diagram?: boolean };

/**
 * The charts a step shows, drawn from the committed design; recharts loads with the first one.
 * Charts redraw just after the key figures (a deferred value and a memoised view), so typing
 * never waits for SVG.
 */
export function StepCharts({ ids, diagram = false }: Props) {
  const committed = useWizardStore(useShallow((s) => ({ design: s.design, sizing: s.sizing })));
  const { design, sizing } = useDeferredValue(committed);
  return <ChartsView chartIds={ids.join(' ')} diagram={diagram} design={design} sizing={sizing} />;
}

const ChartsView = memo(function ChartsView(props: {
  chartIds: string;
  diagram: boolean;
  design: Design;
  sizing: Sizing;
}) {
  const { design, sizing } = props;
  const ids = props.chartIds.split(' ');
  const charts = CHARTS.filter((c) => ids.includes(c.id));
  return (
    <div className="step-charts">
      {props.diagram && <LogicalDiagram design={design} sizing={sizing} />}
      {charts.map(({ id, Chart }) => (
        <Chart key={id} design={design} sizing={sizing} />
      ))}
    </div>
  );
});
