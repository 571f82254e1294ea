import { lazy, Suspense, type ComponentType } from 'react';
import type { Design } from '../design/design-schema';
import type { Sizing } from '../engine/report/report-types';
import { bandwidthFigure } from './bandwidth-figure';
import { ChartFrame } from './chart-frame';
import type { ChartFigure, ChartId, ChartProps } from './chart-types';
import { coresFigure } from './cores-figure';
import { growthFigure } from './growth-figure';
import { iopsFigure } from './iops-figure';
import { nodeCountsFigure } from './node-counts-figure';
import { ramFigure } from './ram-figure';
import { SlotMapChart } from './slot-map-chart';
import { storageFigure } from './storage-figure';
import { costYearsFigure, profilesFigure } from './cost-figures';

type FigureOf = (design: Design, sizing: Sizing) => ChartFigure;

/**
 * Wraps a chart whose drawing needs recharts. Until that chunk arrives the same frame shows
 * with its caption and table and an empty drawing area of the final height, so nothing jumps.
 */
function lazyChart(load: () => Promise<ComponentType<ChartProps>>, figureOf: FigureOf) {
  const Drawing = lazy(() => load().then((Chart) => ({ default: Chart })));
  function LazyChart(props: ChartProps) {
    const placeholder = (
      <ChartFrame figure={figureOf(props.design, props.sizing)} width={props.width} />
    );
    return (
      <Suspense fallback={placeholder}>
        <Drawing {...props} />
      </Suspense>
    );
  }
  return LazyChart;
}

export const LazyNodeCountsChart = lazyChart(
  () => import('./node-counts-chart').then((m) => m.NodeCountsChart),
  nodeCountsFigure,
);
export const LazyCoresChart = lazyChart(
  () => import('./cores-chart').then((m) => m.CoresChart),
  coresFigure,
);
export const LazyRamChart = lazyChart(
  () => import('./ram-chart').then((m) => m.RamChart),
  ramFigure,
);
export const LazyIopsChart = lazyChart(
  () => import('./iops-chart').then((m) => m.IopsChart),
  iopsFigure,
);
export const LazyBandwidthChart = lazyChart(
  () => import('./bandwidth-chart').then((m) => m.BandwidthChart),
  bandwidthFigure,
);
export const LazyStorageChart = lazyChart(
  () => import('./storage-chart').then((m) => m.StorageChart),
  storageFigure,
);
export const LazyGrowthChart = lazyChart(
  () => import('./growth-chart').then((m) => m.GrowthChart),
  growthFigure,
);

/** Every chart in the order the physical step and the summary show them. */
export const CHARTS: readonly { id: ChartId; Chart: ComponentType<ChartProps> }[] = [
  { id: 'node-counts', Chart: LazyNodeCountsChart },
  { id: 'cores', Chart: LazyCoresChart },
  { id: 'ram', Chart: LazyRamChart },
  { id: 'slot-map', Chart: SlotMapChart },
  { id: 'iops', Chart: LazyIopsChart },
  { id: 'bandwidth', Chart: LazyBandwidthChart },
  { id: 'storage', Chart: LazyStorageChart },
  { id: 'growth', Chart: LazyGrowthChart },
];

export const LazyProfilesChart = lazyChart(
  () => import('./profiles-chart').then((m) => m.ProfilesChart),
  profilesFigure,
);
export const LazyCostYearsChart = lazyChart(
  () => import('./cost-years-chart').then((m) => m.CostYearsChart),
  costYearsFigure,
);

/** The cost charts: on the cost step, on Results and in print only when money was spoken of. */
export const COST_CHARTS: readonly { id: ChartId; Chart: ComponentType<ChartProps> }[] = [
  { id: 'profiles', Chart: LazyProfilesChart },
  { id: 'cost-years', Chart: LazyCostYearsChart },
];
