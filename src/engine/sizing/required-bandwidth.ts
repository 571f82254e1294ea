import type { Demand } from './demand';
import type { Working } from '../report/report-types';
import { input, working } from '../report/working';

/** Flavors with instances: only they ask anything of the network. */
function populated(demand: Demand): Demand['classes'] {
  return demand.classes.filter((c) => c.count > 0);
}

/**
 * Every instance must get its own bandwidth, so a mix asks for what its most demanding flavor
 * asks, not the mean; the average VM asks its own figure.
 */
export function requiredMbps(demand: Demand): number {
  if (demand.source === 'average-vm') return demand.mbpsPerVm;
  let most = 0;
  for (const c of populated(demand)) most = Math.max(most, c.mbps);
  return most;
}

export function requiredMbpsWorking(demand: Demand, result: number): Working {
  if (demand.source === 'average-vm')
    return working('mbpsPerVm', [input('mbpsPerVm', demand.mbpsPerVm)], result, 'Mbit/s');
  const inputs = populated(demand).map((c) => input(`mbps(${c.name})`, c.mbps));
  if (inputs.length === 0) return working('0', [], 0, 'Mbit/s', 'No flavor has instances.');
  const names = inputs.map((i) => i.name).join(', ');
  return inputs.length === 1
    ? working(names, inputs, result, 'Mbit/s')
    : working(
        `max(${names})`,
        inputs,
        result,
        'Mbit/s',
        'Each instance must get its own bandwidth: the flavor that asks the most sets what a VM requires.',
      );
}
