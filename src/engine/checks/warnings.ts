import type { Design } from '../../design/design-schema';
import { BASE_MTU, instanceMtu, NETWORK_MODE_BY_ID } from '../../design/network-modes';
import type { Demand } from '../sizing/demand';
import { tenantNetworks } from '../logical/tenant-networks';
import { readable } from '../report/readable';
import type {
  ComputeReport,
  MemoryReport,
  NetworkReport,
  SizingWarning,
  StorageReport,
} from '../report/report-types';

/** The book's minimum for a production compute node. */
export const PRODUCTION_MINIMUM = {
  diskGb: 300,
  ramGb: 128,
  sockets: 2,
  coresPerSocket: 8,
} as const;

type Sized = {
  compute: ComputeReport;
  memory: MemoryReport;
  network: NetworkReport;
  storage: StorageReport;
};

export function collectWarnings(design: Design, sized: Sized, demand: Demand): SizingWarning[] {
  const warnings: SizingWarning[] = [];
  const { cpu, storage } = design.physical;
  const { logical } = design;
  const diskGbPerNode = storage.drivesPerNode * storage.driveGb;

  const shortfalls: string[] = [];
  if (diskGbPerNode < PRODUCTION_MINIMUM.diskGb)
    shortfalls.push(
      `${readable(diskGbPerNode)} GB disk < ${readable(PRODUCTION_MINIMUM.diskGb)} GB`,
    );
  if (sized.memory.gbInstalledPerNode < PRODUCTION_MINIMUM.ramGb)
    shortfalls.push(
      `${readable(sized.memory.gbInstalledPerNode)} GB RAM < ${readable(PRODUCTION_MINIMUM.ramGb)} GB`,
    );
  if (
    cpu.socketsPerServer < PRODUCTION_MINIMUM.sockets ||
    cpu.coresPerSocket < PRODUCTION_MINIMUM.coresPerSocket
  )
    shortfalls.push(`${cpu.socketsPerServer} × ${cpu.coresPerSocket}-core CPU < dual 8-core`);
  if (shortfalls.length > 0) {
    warnings.push({
      code: 'below-production-minimum',
      severity: 'warning',
      message: `A compute node is below the book's production minimum (300 GB disk, 128 GB RAM, dual 8-core CPU): ${shortfalls.join('; ')}.`,
    });
  }

  // Instance disks on Ceph (or hyperconverged, where the storage bound sizes them) are not local.
  const disksLocal = !design.physical.ceph.ephemeralOnCeph && !storage.hyperconverged;
  if (disksLocal && sized.storage.ephemeralGbPerNode > diskGbPerNode) {
    warnings.push({
      code: 'ephemeral-exceeds-drives',
      severity: 'warning',
      message: `Ephemeral disk per compute node (${readable(sized.storage.ephemeralGbPerNode)} GB) exceeds its drives (${readable(storage.drivesPerNode)} × ${readable(storage.driveGb)} GB = ${readable(diskGbPerNode)} GB).`,
    });
  }

  const nodeGhz =
    cpu.coresPerSocket * cpu.socketsPerServer * cpu.ghzPerCore * cpu.hyperThreadingFactor;
  if (demand.ghzPerVmMax > nodeGhz) {
    warnings.push({
      code: 'vm-ghz-exceeds-node',
      severity: 'warning',
      message: `One VM may use up to ${readable(demand.ghzPerVmMax)} GHz, more than a whole compute node gives (${cpu.socketsPerServer} × ${cpu.coresPerSocket} cores × ${readable(cpu.ghzPerCore)} GHz = ${readable(nodeGhz)} GHz).`,
    });
  }

  // Every instance needs its own bandwidth: the flavor asking most is the requirement, as charted.
  const required = sized.network.mbpsRequiredPerVm;
  if (sized.network.mbpsPerVm < required) {
    warnings.push({
      code: 'bandwidth-below-requirement',
      severity: 'warning',
      // Mbit/s read whole: what a VM gets rounded down, what it needs rounded up, so the
      // message never reads as equal figures.
      message: `Each VM gets ${readable(Math.floor(sized.network.mbpsPerVm))} Mbit/s, below the ${readable(Math.ceil(required))} Mbit/s required.`,
    });
  }

  if (logical.controllers < 3) {
    warnings.push({
      code: 'ha-too-few-controllers',
      severity: 'warning',
      message: `${logical.controllers} cloud controller${logical.controllers === 1 ? '' : 's'}: a highly available control plane needs at least 3 for Galera and RabbitMQ quorum.`,
    });
  }
  if (logical.controllers % 2 === 0) {
    warnings.push({
      code: 'ha-even-controllers',
      severity: 'warning',
      message: `${logical.controllers} controllers is an even number: a split into two equal halves leaves no quorum.`,
    });
  }

  const mode = NETWORK_MODE_BY_ID[logical.networkMode];
  const networks = tenantNetworks(logical);
  if (mode.maxTenantNetworks === 1 && networks > 1) {
    warnings.push({
      code: 'flat-network-no-isolation',
      severity: 'warning',
      message: `${mode.label} puts all ${readable(logical.tenants)} tenants on one flat network: their traffic is not isolated.`,
    });
  } else if (mode.maxTenantNetworks !== null && networks > mode.maxTenantNetworks) {
    warnings.push({
      code: 'vlan-tenant-network-limit',
      severity: 'warning',
      message: `${readable(networks)} tenant networks exceed the ${readable(mode.maxTenantNetworks)} VLAN ids ${mode.label} can use.`,
    });
  }
  if (mode.encapsulationBytes > 0) {
    warnings.push({
      code: 'tunnel-mtu-overhead',
      severity: 'info',
      message: `${mode.label} adds ${mode.encapsulationBytes} bytes per packet: instances get an MTU of ${readable(instanceMtu(mode))} on a ${readable(BASE_MTU)}-byte network.`,
    });
  }
  if (!mode.usesNeutron) {
    warnings.push({
      code: 'nova-network-retired',
      severity: 'info',
      message: `${mode.label} uses nova-network, which later OpenStack releases removed; new clouds use Neutron.`,
    });
  }

  if (cpu.hyperThreadingFactor > 1) {
    warnings.push({
      code: 'hyperthreading-counted',
      severity: 'info',
      message: `Hyper-threads are counted as ${cpu.hyperThreadingFactor} cores per core; the book's own arithmetic uses 1.`,
    });
  }

  return warnings;
}
