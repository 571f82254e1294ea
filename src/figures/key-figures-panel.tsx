import { useWizardStore } from '../store/wizard-store';
import { formatNumber } from '../working/format-number';
import { KeyFigure } from './key-figure';

const BOUND_TEXT = { cpu: 'CPU', ram: 'RAM', network: 'network' } as const;

/** The figures an architect watches while editing: always on screen, updated on every edit. */
export function KeyFiguresPanel() {
  const sizing = useWizardStore((s) => s.sizing);
  const { report, working } = sizing;
  const { compute, memory, network, storage, nodes } = report;
  return (
    <aside className="key-figures" aria-labelledby="key-figures-title">
      <h2 id="key-figures-title" className="key-figures__title">
        Key figures
      </h2>
      <dl className="key-figures__list">
        <KeyFigure
          figure="compute.nodes"
          label="Compute nodes"
          value={compute.nodes}
          detail={
            <>
              {' '}
              bound by{' '}
              <strong data-figure="compute.bound" data-value={compute.bound}>
                {BOUND_TEXT[compute.bound]}
              </strong>
            </>
          }
          working={[
            working['compute.nodesByCpu'],
            working['compute.nodesByRam'],
            working['compute.nodesByNetwork'],
            working['compute.nodes'],
          ]}
        />
        <KeyFigure
          figure="nodes.total"
          label="Nodes in all"
          value={nodes.total}
          working={[working['nodes.total']]}
        />
        <KeyFigure
          figure="memory.gbInstalledPerNode"
          label="RAM per compute node"
          wide
          value={memory.gbInstalledPerNode}
          unit="GB"
          display={
            <>
              <span data-figure="memory.sticksPerNode" data-value={memory.sticksPerNode}>
                {formatNumber(memory.sticksPerNode)}
              </span>
              {' × '}
              <span data-figure="memory.stickGb" data-value={memory.stickGb}>
                {formatNumber(memory.stickGb)}
              </span>
              {' GB = '}
              {formatNumber(memory.gbInstalledPerNode)}
            </>
          }
          working={[
            working['memory.gbNeededPerNode'],
            working['memory.sticksPerNode'],
            working['memory.gbInstalledPerNode'],
          ]}
        />
        <KeyFigure
          figure="network.mbpsPerVm"
          label="Bandwidth per VM"
          value={network.mbpsPerVm}
          unit="Mbit/s"
          working={[working['network.mbpsPerVm']]}
        />
        <KeyFigure
          figure="network.publicIps"
          label="Public IPs"
          value={network.publicIps}
          working={[working['network.publicIps']]}
        />
        <KeyFigure
          figure="network.floatingIps"
          label="Floating IPs"
          value={network.floatingIps}
          working={[working['network.floatingIps']]}
        />
        <KeyFigure
          figure="storage.readIopsPerVm"
          label="Read IOPS per VM"
          value={storage.readIopsPerVm}
          working={[working['storage.readIopsPerVm']]}
        />
        <KeyFigure
          figure="storage.writeIopsPerVm"
          label="Write IOPS per VM"
          value={storage.writeIopsPerVm}
          working={[working['storage.writeIopsPerVm']]}
        />
        <KeyFigure
          figure="racks.count"
          label="Racks"
          value={report.racks.count}
          working={[working['racks.count']]}
        />
        <KeyFigure
          figure="racks.powerKw"
          label="Power"
          value={report.racks.powerKw}
          unit="kW"
          working={[working['racks.powerKw']]}
        />
        <KeyFigure figure="warnings.count" label="Warnings" value={report.warnings.length} />
      </dl>
    </aside>
  );
}
