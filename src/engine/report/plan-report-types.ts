import type { VmClass } from '../sizing/demand';
import type { NodeRole } from '../logical/node-roles';

/** The report sections beyond the book's fixed ones: flavors, headroom, growth, racks. */
export type Resource = 'cpu' | 'vcpu' | 'ram' | 'network';

/**
 * One kind of instance the cloud is sized for (a flavor, or the book's single average VM), as
 * the demand sees it, with how many fit on one node by RAM (after oversubscription and reserves)
 * and by bandwidth. `vcpus` is null for the average VM, which the book gives in GHz only.
 */
export type FlavorRow = Omit<VmClass, 'ramPath' | 'mbpsPath' | 'vcpusPath'> & {
  vmsPerNodeByRam: number;
  vmsPerNodeByNetwork: number;
};

export type FlavorsReport = {
  source: 'flavors' | 'average-vm';
  rows: FlavorRow[];
  /** The flavor with the most RAM, then the most vCPUs: Nova must find a node for it. */
  largest: string;
};

export type HeadroomRow = {
  name: string;
  ghzPerVm: number;
  /** Per node on the RAM installed (not the largest a node could take). */
  vmsPerNodeByInstalledRam: number;
  vmsPerNodeByNetwork: number;
  moreByCpu: number;
  /** Null when the design gives no vCPU counts. */
  moreByVcpu: number | null;
  moreByRam: number;
  moreByNetwork: number;
  more: number;
  /** The resource that runs out first (on a tie, the first of cpu, vcpu, ram, network). */
  limitedBy: Resource;
};

export type HeadroomReport = {
  /** Compute nodes whose capacity counts: spares and rack-loss nodes are kept for failures. */
  computeNodes: number;
  capacityGhz: number;
  demandGhz: number;
  freeGhz: number;
  /** Nova's VCPU capacity on those nodes, the vCPUs asked and those still free; null without vCPUs. */
  capacityVcpus: number | null;
  freeVcpus: number | null;
  /** Nodes' worth of RAM (or bandwidth) still free, by the flavors' shares of a node. */
  freeRamNodes: number;
  freeNetworkNodes: number;
  /** Share of each resource in use, 0..1 (vCPU null without vCPU counts). */
  utilisation: Record<Exclude<Resource, 'vcpu'>, number> & { vcpu: number | null };
  rows: HeadroomRow[];
};

export type RoleCounts = Record<NodeRole, number>;

export type NodeCounts = RoleCounts & { total: number };

/**
 * One year of the horizon. `owned` is what stands that year (bought up front for the year sized,
 * plus what later purchases add); `needed` is what that year's instances alone call for. RAM,
 * racks and power are those owned.
 */
export type GrowthYear = {
  year: number;
  vms: number;
  nodes: NodeCounts;
  needed: NodeCounts;
  gbInstalledPerNode: number;
  gbNeededPerNode: number;
  /** RAM installed in all compute nodes owned. */
  ramGbInstalled: number;
  racks: number;
  racksNeeded: number;
  powerKw: number;
  /** Year 0 is the first purchase; later years only when the need passes what is owned. */
  purchaseDue: boolean;
  computeNodesToBuy: number;
  storageNodesToBuy: number;
  ramGbToAddPerNode: number;
  racksToAdd: number;
};

export type GrowthReport = {
  growthPerYear: number;
  horizonYears: number;
  buyForYear: number;
  years: GrowthYear[];
  /** Years after the first purchase in which more must be bought. */
  purchaseYears: number[];
};

/** Consecutive racks holding the same nodes: the layout the elevation drawing expands. */
export type RackGroup = {
  /** 1-based number of the first rack of the group. */
  firstRack: number;
  rackCount: number;
  nodes: RoleCounts;
  /** Including the two switches. */
  unitsUsed: number;
  watts: number;
  portsPerSwitch: number;
};

export type RackLimit = 'units' | 'power' | 'ports' | 'failure-domain';

export type RackLossReport = {
  enabled: boolean;
  /** Compute nodes added so that losing the fullest rack leaves enough. */
  extraComputeNodes: number;
  /** What must be left after a rack loss: the nodes the instances need plus the N+k spares. */
  computeNodesNeeded: number;
  spareComputeNodes: number;
  computeNodesInFullestRack: number;
  computeNodesAfterLoss: number;
  controllersAfterLoss: number;
  quorumSurvives: boolean;
};

export type RacksReport = {
  count: number;
  byUnits: number;
  byPower: number;
  byPorts: number;
  /** Compute nodes a whole number to a rack, and (with a rack loss to survive) the failure domains. */
  byWholeNodes: number;
  byFailureDomain: number;
  limitedBy: RackLimit;
  unitsPerRack: number;
  switches: number;
  powerW: number;
  powerKw: number;
  heatBtuPerHour: number;
  /** Ports used on each switch of the busiest rack, uplinks included. */
  portsPerSwitch: number;
  controllersPerRackMax: number;
  rackLoss: RackLossReport;
  layout: RackGroup[];
};
