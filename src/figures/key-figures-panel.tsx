import { useWizardStore } from '../store/wizard-store';
import { formatNumber } from '../working/format-number';
import { KeyFigure } from './key-figure';
import { WorkedFigures, type WorkedFigureSpec } from './worked-figures';

const WORKED: readonly WorkedFigureSpec[] = [
  { figure: 'network.mbpsPerVm', label: 'Bandwidth per VM', unit: 'Mbit/s' },
  { figure: 'network.publicIps', label: 'Public IPs' },
  { figure: 'network.floatingIps', label: 'Floating IPs' },
  { figure: 'storage.readIopsPerVm', label: 'Read IOPS per VM' },
  { figure: 'storage.writeIopsPerVm', label: 'Write IOPS per VM' },
  { figure: 'racks.count', label: 'Racks' },
  { figure: 'racks.powerKw', label: 'Power', unit: 'kW' },
];

export const BOUND_TEXT = {
  cpu: 'CPU',
  vcpu: 'vCPUs',
  ram: 'RAM',
  network: 'network',
  storage: 'Ceph storage',
} as const;

const STORAGE_BOUND_TEXT = {
  none: null,
  minimum: 'the minimum asked',
  capacity: 'capacity',
  recovery: 'recovery',
  'failure-domains': 'failure domains',
} as const;

/** The figures an architect watches while editing: always on screen, updated on every edit. */
export function KeyFiguresPanel() {
  const sizing = useWizardStore((s) => s.sizing);
  const stale = useWizardStore((s) => s.invalidInput || s.unsized !== null);
  const { report, working } = sizing;
  const { compute, memory, nodes, storage } = report;
  const storageBound = STORAGE_BOUND_TEXT[storage.bound];
  return (
    <aside
      className="key-figures"
      aria-labelledby="key-figures-title"
      aria-describedby={stale ? 'key-figures-stale' : undefined}
      data-stale={stale}
    >
      <h2 id="key-figures-title" className="key-figures__title">
        Key figures
      </h2>
      {/* Figures that silently ignore what is typed would read as the typed design's figures.
          The live region stays in place so that its text appearing is announced. */}
      <p id="key-figures-stale" className="key-figures__stale" role="status">
        {stale && 'Figures of the last valid design — fix the marked fields'}
      </p>
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
            ...(working['compute.nodesByVcpu'] ? [working['compute.nodesByVcpu']] : []),
            ...(working['compute.nodesByStorage'] ? [working['compute.nodesByStorage']] : []),
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
        {nodes.storage > 0 && (
          <KeyFigure
            figure="nodes.storage"
            label="Storage nodes"
            value={nodes.storage}
            detail={
              storageBound && (
                <>
                  {' '}
                  set by{' '}
                  <strong data-figure="storage.bound" data-value={storage.bound}>
                    {storageBound}
                  </strong>
                </>
              )
            }
            working={[
              working['storage.nodesByCapacity'],
              working['storage.nodesByRecovery'],
              working['storage.nodesByFailureDomains'],
              working['nodes.storage'],
            ]}
          />
        )}
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
        <WorkedFigures specs={WORKED} working={working} />
        <KeyFigure figure="warnings.count" label="Warnings" value={report.warnings.length} />
      </dl>
    </aside>
  );
}
