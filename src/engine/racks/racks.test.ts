import { describe, expect, it } from 'vitest';
import { sizingOf } from '../../test-support/design-builders';
import { DEFAULT_DESIGN } from '../../design/default-design';

describe('racks and power', () => {
  it('the book example fits one rack', () => {
    const { report, working } = sizingOf();
    // Units: 3 × 1 + 8 × 2 + 5 × 2 = 29 of the 40 beside two 1U switches.
    // Power: 3 × 300 + 8 × 350 + 5 × 400 = 5,700 W + 2 × 150 W of switches = 6,000 W.
    // Heat: 6,000 W × 3.41214 BTU/h per W = 20,472.84 BTU/h. Ports: 16 nodes × 2 NICs / 2 switches + 4 uplinks = 20.
    expect(report.racks).toMatchObject({
      count: 1,
      byUnits: 1,
      byPower: 1,
      byPorts: 1,
      switches: 2,
      powerW: 6000,
      powerKw: 6,
      heatBtuPerHour: 20472.84,
      portsPerSwitch: 20,
      controllersPerRackMax: 3,
    });
    expect(report.racks.layout).toEqual([
      {
        firstRack: 1,
        rackCount: 1,
        nodes: { controller: 3, network: 0, compute: 8, storage: 5 },
        unitsUsed: 31,
        watts: 6000,
        portsPerSwitch: 20,
      },
    ]);
    expect(working['racks.powerKw'].result).toBe(6);
    expect(working['racks.heatBtuPerHour'].formula).toBe('powerKw × 1000 × 3.41214');
    // Every floor of the count is in its working, and nothing was added to fit.
    expect(working['racks.count'].formula).toBe(
      'max(byUnits, byPower, byPorts, byWholeNodes) + racksAddedToFit',
    );
    expect(working['racks.count'].inputs.map((i) => i.value)).toEqual([1, 1, 1, 1, 0]);
    // With no rack loss to survive, no inequality is claimed.
    expect(working['racks.rackLossComputeNodes']).toMatchObject({ inputs: [], result: 0 });
  });

  it('power sets the racks when nodes draw more', () => {
    // 1,000 VMs: 2,000 / 2.6 → 770 cores → 77 sockets → 39 compute nodes.
    // Power: 900 + 39 × 700 + 2,000 = 30,200 W over 8,000 − 300 = 7,700 W a rack → 4 racks;
    // units: 3 + 78 + 10 = 91 over 40 → 3 racks.
    // Controllers one to a rack in racks 1–3, storage 1 each there and 2 in rack 4; compute
    // fills to 10 a rack (7,000 W) and 9 in rack 4.
    // 50 GB of volumes a VM keeps the storage at the 5 nodes asked for: 1,000 × 50 GB × 3
    // + 3 TB of images + 30 TB of objects = 183 TB, as the book's.
    const { report } = sizingOf({
      physical: { workload: { vms: 1000, persistentGbPerVm: 50 } },
      racks: {
        wattsPerNode: { ...DEFAULT_DESIGN.racks.wattsPerNode, compute: 700 },
      },
    });
    expect(report.compute.nodes).toBe(39);
    expect(report.racks).toMatchObject({
      count: 4,
      byUnits: 3,
      byPower: 4,
      limitedBy: 'power',
      powerW: 31400, // 30,200 + 8 switches × 150
      powerKw: 31.4,
      heatBtuPerHour: 107141.196, // 31,400 W × 3.41214
      controllersPerRackMax: 1,
    });
    expect(report.racks.layout.map((g) => [g.rackCount, g.nodes, g.watts])).toEqual([
      [3, { controller: 1, network: 0, compute: 10, storage: 1 }, 8000],
      [1, { controller: 0, network: 0, compute: 9, storage: 2 }, 7400],
    ]);
  });

  it('surviving a rack loss spreads the controllers and adds compute nodes', () => {
    // Quorum of 3 controllers needs 3 racks. 8 compute nodes needed: with the fullest of 3 racks
    // lost, n − ⌈n/3⌉ ≥ 8 first holds at n = 12 (4 a rack): 4 nodes added.
    const { report, working } = sizingOf({ racks: { surviveRackLoss: true } });
    expect(report.compute.nodes).toBe(12);
    expect(report.nodes.total).toBe(20);
    expect(report.network.publicIps).toBe(15);
    expect(report.memory.sticksTotal).toBe(192);
    expect(report.racks).toMatchObject({
      count: 3,
      limitedBy: 'failure-domain',
      controllersPerRackMax: 1,
      rackLoss: {
        enabled: true,
        extraComputeNodes: 4,
        computeNodesNeeded: 8,
        computeNodesInFullestRack: 4,
        computeNodesAfterLoss: 8,
        controllersAfterLoss: 2,
        quorumSurvives: true,
      },
    });
    expect(working['compute.nodes'].formula).toContain('rackLossComputeNodes');
    expect(working['racks.rackLossComputeNodes'].result).toBe(4);
    expect(report.headroom.computeNodes).toBe(8);
  });

  it('a rack loss leaves the N+k spares standing', () => {
    // 8 nodes needed + 1 spare = 9 must remain after the fullest rack is lost. 3 racks (one
    // controller each for the quorum); a rack holds ⌊40 U / 2 U⌋ = 20 compute nodes, far more
    // than needed. Balanced over 3 racks, n − ⌈n/3⌉ ≥ 9: n = 13 leaves 8, n = 14 leaves 9.
    // So 14 compute nodes: 8 + 1 spare + 5 for the rack loss (racks of 5, 5 and 4).
    const { report, working } = sizingOf({
      logical: { spareComputeNodes: 1 },
      racks: { surviveRackLoss: true },
    });
    expect(report.compute.nodes).toBe(14);
    expect(report.racks.rackLoss).toMatchObject({
      extraComputeNodes: 5,
      computeNodesNeeded: 9,
      spareComputeNodes: 1,
      computeNodesInFullestRack: 5,
      computeNodesAfterLoss: 9,
    });
    expect(working['racks.rackLossComputeNodes'].bookNote).toContain(
      'the 8 the instances need and the 1 spare (N+k), kept free for a further failure',
    );
    expect(working['compute.nodes'].bookNote).toContain('the N+k spares are still there');
  });

  it('warns when a rack loss would take the controller majority', () => {
    const { report } = sizingOf({ logical: { controllers: 2 }, racks: { surviveRackLoss: true } });
    expect(report.warnings.map((w) => w.code)).toContain('rack-loss-quorum');
  });

  it('a thousand storage nodes pack into their own racks and leave 40 U compute nodes whole racks', () => {
    // Regression: spread over every rack, storage left no rack room for a 40 U node: 1,011 racks.
    // A rack gives 40 U and 8,000 − 2 × 150 = 7,700 W beside its switches; a storage node takes
    // 2 U and 400 W, so 19 to a rack (7,600 W). The 3 controllers and 1,000 storage nodes over
    // 53 racks: 1,000 = 18 × 53 + 46, so 46 racks of 19 storage nodes and 7 of 18, three of those
    // with a controller (300 + 7,200 = 7,500 W); 52 racks would need 20 in some. Those racks keep
    // 2 U at most, no room for a compute node: the 8 compute nodes take 8 racks. 53 + 8 = 61,
    // against 59 racks by units alone.
    const { report } = sizingOf({
      logical: { storageNodes: 1000 },
      racks: { unitsPerNode: { compute: 40 } },
    });
    expect(report.nodes.storage).toBe(1000);
    expect(report.racks.byUnits).toBe(59);
    expect(report.racks.count).toBe(61);
    const computeRacks = report.racks.layout.filter((g) => g.nodes.compute > 0);
    expect(computeRacks).toEqual([expect.objectContaining({ rackCount: 8, unitsUsed: 42 })]);
  });
});
