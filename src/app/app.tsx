import { DEFAULT_DESIGN } from '../design/default-design';
import { sizeDesign } from '../engine/size-design';
import { formatNumber } from '../working/format-number';

export function App() {
  const result = sizeDesign(DEFAULT_DESIGN);
  if (!result.ok) return <p role="alert">The default design does not size.</p>;
  const { report } = result.sizing;
  const figures: [string, string, number][] = [
    ['compute.nodes', 'Compute nodes', report.compute.nodes],
    ['nodes.total', 'Nodes in all', report.nodes.total],
    ['memory.sticksPerNode', 'RAM sticks per node', report.memory.sticksPerNode],
    ['network.mbpsPerVm', 'Mbit/s per VM', report.network.mbpsPerVm],
  ];
  return (
    <main>
      <h1>OpenStack design wizard</h1>
      <dl>
        {figures.map(([key, label, value]) => (
          <div key={key}>
            <dt>{label}</dt>
            <dd data-figure={key} data-value={value}>
              {formatNumber(value)}
            </dd>
          </div>
        ))}
      </dl>
    </main>
  );
}
