import { memo, useDeferredValue } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { CHARTS, COST_CHARTS } from '../charts/lazy-charts';
import type { ChartId } from '../charts/chart-types';
import type { Design } from '../design/design-schema';
import { LogicalDiagram } from '../diagram/logical-diagram';
import { RackElevationDiagram } from '../diagram/rack-elevation';
import type { Sizing } from '../engine/report/report-types';
import { FlavorDemandTable } from '../figures/flavor-demand-table';
import { HeadroomTable } from '../figures/headroom-table';
import { useWizardStore } from '../store/wizard-store';

/** What a step can show beside its charts, drawn from the same committed design. */
const EXTRAS = {
  logical: LogicalDiagram,
  racks: RackElevationDiagram,
  flavors: FlavorDemandTable,
  headroom: HeadroomTable,
} as const;
type ExtraId = keyof typeof EXTRAS;

type Props = { ids: readonly ChartId[]; extras?: readonly ExtraId[] };

/**
 * The charts a step shows, drawn from the committed design; recharts loads with the first one.
 * Charts redraw just after the key figures (a deferred value and a memoised view), so typing
 * never waits for SVG.
 */
export function StepCharts({ ids, extras = [] }: Props) {
  const committed = useWizardStore(useShallow((s) => ({ design: s.design, sizing: s.sizing })));
  const { design, sizing } = useDeferredValue(committed);
  return (
    <ChartsView
      chartIds={ids.join(' ')}
      extraIds={extras.join(' ')}
      design={design}
      sizing={sizing}
    />
  );
}

const ChartsView = memo(function ChartsView(props: {
  chartIds: string;
  extraIds: string;
  design: Design;
  sizing: Sizing;
}) {
  const { design, sizing } = props;
  const ids = props.chartIds.split(' ');
  const extras = props.extraIds.split(' ').filter((id): id is ExtraId => id in EXTRAS);
  const charts = [...CHARTS, ...COST_CHARTS].filter((c) => ids.includes(c.id));
  return (
    <div className="step-charts">
      {extras.map((id) => {
        const Extra = EXTRAS[id];
        return (
          <div key={id} className="step-charts__wide">
            <Extra design={design} sizing={sizing} />
          </div>
        );
      })}
      {charts.map(({ id, Chart }) => (
        <Chart key={id} design={design} sizing={sizing} />
      ))}
    </div>
  );
});
