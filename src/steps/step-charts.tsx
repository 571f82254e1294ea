import { CHARTS } from '../charts/lazy-charts';
import type { ChartId } from '../charts/chart-types';
import { LogicalDiagram } from '../diagram/logical-diagram';
import { useWizardStore } from '../store/wizard-store';

/** The charts a step shows, drawn from the committed design; recharts loads with the first one. */
export function StepCharts({
  ids,
  diagram = false,
}: {
  ids: readonly ChartId[];
  diagram?: boolean;
}) {
  const design = useWizardStore((s) => s.design);
  const sizing = useWizardStore((s) => s.sizing);
  const charts = CHARTS.filter((c) => ids.includes(c.id));
  return (
    <div className="step-charts">
      {diagram && <LogicalDiagram design={design} sizing={sizing} />}
      {charts.map(({ id, Chart }) => (
        <Chart key={id} design={design} sizing={sizing} />
      ))}
    </div>
  );
}
