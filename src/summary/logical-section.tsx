import type { Design } from '../design/design-schema';
import type { ServiceId } from '../design/services';
import { LogicalDiagram } from '../diagram/logical-diagram';
import { placeServices } from '../engine/logical/placement';
import type { Sizing } from '../engine/report/report-types';
import { HaBlock } from './ha-block';
import { NetworkBlock } from './network-block';
import { PRINT_DIAGRAM_WIDTH_PX } from './print-layout';
import { RolesTable } from './roles-table';

const STORAGE_KINDS: readonly { service: ServiceId; text: string }[] = [
  {
    service: 'compute',
    text: 'Ephemeral (Nova): local disk of the compute node, gone with its VM',
  },
  { service: 'blockStorage', text: 'Block (Cinder): persistent volumes that outlive their VM' },
  { service: 'fileShare', text: 'File share (Manila): shared file systems for several VMs' },
  { service: 'objectStorage', text: 'Object (Swift): replicated objects over HTTP' },
];

export function LogicalSection({ design, sizing }: { design: Design; sizing: Sizing }) {
  const placement = placeServices(design, sizing.report.nodes);
  const kinds = STORAGE_KINDS.filter((k) => design.conceptual.services.includes(k.service));
  return (
    <section className="print-section" aria-labelledby="print-logical">
      <h2 id="print-logical">Logical design</h2>
      <RolesTable placement={placement} />
      <LogicalDiagram design={design} sizing={sizing} width={PRINT_DIAGRAM_WIDTH_PX} text={false} />
      <HaBlock design={design} />
      <NetworkBlock
        design={design}
        placement={placement}
        tenantNetworks={sizing.report.network.tenantNetworks}
      />
      <div className="print-block">
        <h3>Storage kinds offered</h3>
        <ul className="print-list">
          {kinds.map((k) => (
            <li key={k.service}>{k.text}</li>
          ))}
        </ul>
      </div>
    </section>
  );
}
