// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SERVICE_IDS } from '../design/services';
import { loadDesign } from '../store/load-design';
import { designWith, sizingOf, type DesignPatch } from '../test-support/design-builders';
import { PoolsTable, WizardPoolsTable } from './pools-table';

afterEach(cleanup);

/** The table's rows in `part` as [header, ...cells], the way a reader sees them. */
function rowsOf(part = 'tbody'): string[][] {
  return [...document.querySelectorAll(`[data-table="pools"] ${part} tr`)].map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => cell.textContent),
  );
}

const notes = () =>
  [...document.querySelectorAll('[data-table="pools"] .plan-table__note')].map(
    (p) => p.textContent,
  );

const figure = (key: string) =>
  document.querySelector(`[data-figure="${key}"]`)?.getAttribute('data-value');

function renderFor(patch: DesignPatch = {}, figures?: boolean) {
  const sizing = sizingOf(patch);
  return render(
    figures === undefined ? (
      <PoolsTable sizing={sizing} />
    ) : (
      <PoolsTable sizing={sizing} figures={figures} />
    ),
  );
}

describe('pools table', () => {
  it("lists the book's pools: volumes, images and Swift objects, three copies each", () => {
    renderFor();
    // 60 OSDs × 100 PGs each; Ceph holds 50 + 1 = 51 TB.
    // Volumes: 6,000 × 50/51 / 3 = 1,960.8 → 2,048, the nearest power of two.
    // Images: 6,000 × 1/51 / 3 = 39.2 → 32, not more than 25 % below.
    expect(rowsOf()).toEqual([
      ['Volumes (Cinder)', '50', '3 copies', '150', '2,048'],
      ['Images (Glance)', '1', '3 copies', '3', '32'],
      ['Objects (Swift)', '10', '3 copies', '30', '—'],
    ]);
    // 150 + 3 + 30 = 183 TB
    expect(rowsOf('tfoot')).toEqual([['All pools', '', '', '183', '']]);
    expect(figure('storage.pools.volumes.dataTb')).toBe('50');
    expect(figure('storage.pools.volumes.rawTb')).toBe('150');
    expect(figure('storage.pools.volumes.pgs')).toBe('2048');
    expect(figure('storage.pools.images.pgs')).toBe('32');
    expect(figure('storage.pools.swift.pgs')).toBeUndefined();
  });

  it('says how full the cluster is and where its monitors run', () => {
    renderFor();
    // 5 × 12 × 7.68 = 460.8 TB; 183 / 460.8 = 39.7 %; losing a node of 92.16 TB,
    // 183 / 368.64 = 49.6 %. Monitors: an odd quorum of the 3 controllers; managers: 2.
    expect(notes()).toEqual([
      '183 TB raw needed of 460.8 TB installed on 60 OSDs: 39.7 % full, 49.6 % after losing a node. ' +
        'Ceph warns at nearfull, 85 %.',
      '3 Ceph monitors and 2 managers run on the controllers; each copy or chunk of a pool is ' +
        'kept on a different host. Each storage node holds 12 OSDs.',
    ]);
  });

  it('names objects in Ceph RGW and their erasure code, with placement groups', () => {
    renderFor({ physical: { ceph: { objectBackend: 'ceph-rgw', objectEcK: 4, objectEcM: 2 } } });
    // 6 chunks need 6 hosts: 72 OSDs; Ceph now holds 50 + 1 + 10 = 61 TB.
    // Objects: 7,200 × 10/61 / 6 = 196.7 → 256 (nearer than 128); raw 10 × 6 / 4 = 15 TB.
    expect(rowsOf()[2]).toEqual(['Objects (Ceph RGW)', '10', 'EC 4 + 2', '15', '256']);
    expect(figure('storage.pools.default.rgw.buckets.data.pgs')).toBe('256');
  });

  it('beside Swift alone: no placement groups, no OSDs, no Ceph daemons', () => {
    renderFor({
      conceptual: { services: ['compute', 'image', 'network', 'identity', 'objectStorage'] },
    });
    // Without Ceph, Glance keeps its 1 TB of images in Swift too.
    expect(rowsOf()).toEqual([
      ['Images (Glance)', '1', '3 copies', '3', '—'],
      ['Objects (Swift)', '10', '3 copies', '30', '—'],
    ]);
    // 3 + 30 = 33 TB of 460.8: 7.2 % full; of 460.8 − 92.16 = 368.64: 9 %.
    expect(notes()).toEqual([
      '33 TB raw needed of 460.8 TB installed: 7.2 % full, 9 % after losing a node.',
    ]);
    expect(document.querySelector('[data-figure$=".pgs"]')).toBeNull();
  });

  it('says the storage nodes hold no OSDs when the compute nodes’ drives are the cluster', () => {
    renderFor({ physical: { storage: { hyperconverged: true } } });
    const ceph = notes().find((note) => note.includes('Ceph monitors')) ?? '';
    expect(ceph).toContain('The storage nodes hold no OSDs.');
    expect(ceph).not.toContain('holds 0 OSDs');
  });

  it('leaves the report keys off when asked, as on paper', () => {
    renderFor({}, false);
    expect(rowsOf()).toHaveLength(3);
    expect(document.querySelector('[data-figure]')).toBeNull();
  });

  it('shows nothing without a pool', () => {
    const services = SERVICE_IDS.filter(
      (id) => id !== 'objectStorage' && id !== 'blockStorage' && id !== 'fileShare',
    );
    const { container } = renderFor({ conceptual: { services } });
    expect(container.innerHTML).toBe('');
  });

  it('shows the pools of the design being edited, for a step to place under its fields', () => {
    const design = designWith({ physical: { ceph: { ephemeralOnCeph: true } } });
    expect(loadDesign(design, { keepAsDraft: false })).toEqual([]);
    render(<WizardPoolsTable />);
    // Instance disks on Ceph: 200 VMs × 100 GB = 20 TB, 3 copies = 60 TB.
    expect(rowsOf()[1]?.slice(0, 4)).toEqual(['Instance disks (Nova)', '20', '3 copies', '60']);
  });
});
