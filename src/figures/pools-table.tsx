import { useDeferredValue } from 'react';
import { SideScroll } from '../app/side-scroll';
import type { Design } from '../design/design-schema';
import { poolName } from '../derivations/chart-data';
import { workingInput } from '../derivations/working-input';
import type { Sizing, StoragePool } from '../engine/report/report-types';
import { useWizardStore } from '../store/wizard-store';
import { formatFigure } from '../working/format-figure';
import { formatNumber } from '../working/format-number';
import { percentText } from './plan-format';
import './plan-tables.css';

type PoolsTableProps = {
  /** Taken as the other plan tables take it, so a step can show this one among them. */
  design?: Design | undefined;
  sizing: Sizing;
  width?: number | undefined;
  /**
   * Marks each number with its report key for tests and tools; off on paper, where the key
   * figures' attributes must not repeat.
   */
  figures?: boolean;
};

const n = formatNumber;
/** TB to one decimal, as every figure with that unit reads. */
const tb = (value: number) => formatFigure(value, 'TB');

/** "3 copies", "1 copy" or "EC 4 + 2". */
export function protectionText(pool: StoragePool): string {
  if (pool.erasure !== null) return `EC ${n(pool.erasure.k)} + ${n(pool.erasure.m)}`;
  return pool.size === 1 ? '1 copy' : `${n(pool.size)} copies`;
}

function NumberCell({ figure, value }: { figure: string | undefined; value: number }) {
  return (
    <td
      className="numeric"
      data-figure={figure}
      data-value={figure === undefined ? undefined : value}
    >
      {n(value)}
    </td>
  );
}

/** What the cluster as a whole comes to, each number a figure of the report. */
function clusterNotes(sizing: Sizing): string[] {
  const { storage, ceph, nodes } = sizing.report;
  const onCeph = storage.pools.some((p) => p.onCeph);
  const domain = ceph.failureDomain === 'rack' ? 'rack' : 'host';
  const nearfull = workingInput(sizing.working['storage.nodesByCapacity'], 'nearfullRatio');
  const warns =
    onCeph && nearfull !== null ? ` Ceph warns at nearfull, ${percentText(nearfull)}.` : '';
  const notes = [
    `${tb(storage.rawNeededTb)} TB raw needed of ${tb(storage.rawInstalledTb)} TB installed` +
      `${storage.osds > 0 ? ` on ${n(storage.osds)} OSDs` : ''}: ${percentText(storage.fillRatio)} full, ` +
      `${percentText(storage.fillAfterFailure)} after losing a ${domain === 'rack' ? 'rack' : 'node'}.${warns}`,
  ];
  if (onCeph && ceph.monitors > 0) {
    const each =
      nodes.storage === 0
        ? ''
        : ceph.osdsPerStorageNode > 0
          ? ` Each storage node holds ${n(ceph.osdsPerStorageNode)} OSDs.`
          : ' The storage nodes hold no OSDs.';
    notes.push(
      `${n(ceph.monitors)} Ceph monitors and ${n(ceph.managers)} managers run on the controllers; ` +
        `each copy or chunk of a pool is kept on a different ${domain}.${each}`,
    );
  }
  return notes;
}

/**
 * The pools the storage holds, as the report sizes them: the data, how it is kept (copies or an
 * erasure code), the raw space that takes and Ceph's placement groups. Swift keeps its own rings,
 * so it has no placement groups. Nothing shows without a pool.
 */
export function PoolsTable({ sizing, width, figures = true }: PoolsTableProps) {
  const { pools } = sizing.report.storage;
  if (pools.length === 0) return null;
  const key = (pool: StoragePool, field: string) =>
    figures ? `storage.pools.${pool.name}.${field}` : undefined;
  return (
    <div
      className="plan-table"
      data-table="pools"
      style={width === undefined ? undefined : { width }}
    >
      <SideScroll label="Storage pools">
        <table className="data-table">
          <caption>Storage pools: the data each keeps, how, and the raw space it takes</caption>
          <thead>
            <tr>
              <th scope="col">Pool</th>
              <th scope="col" className="numeric">
                Data (TB)
              </th>
              <th scope="col">Protection</th>
              <th scope="col" className="numeric">
                Raw (TB)
              </th>
              <th scope="col" className="numeric">
                Placement groups
              </th>
            </tr>
          </thead>
          <tbody>
            {pools.map((pool) => (
              <tr key={pool.name} data-pool={pool.name}>
                <th scope="row">{poolName(pool.name).label}</th>
                <NumberCell figure={key(pool, 'dataTb')} value={pool.dataTb} />
                <td>{protectionText(pool)}</td>
                <NumberCell figure={key(pool, 'rawTb')} value={pool.rawTb} />
                {pool.onCeph ? (
                  <NumberCell figure={key(pool, 'pgs')} value={pool.pgs} />
                ) : (
                  <td className="numeric">—</td>
                )}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">All pools</th>
              <td />
              <td />
              <td className="numeric">{n(sizing.report.storage.rawNeededTb)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      </SideScroll>
      {clusterNotes(sizing).map((note) => (
        <p key={note} className="plan-table__note">
          {note}
        </p>
      ))}
    </div>
  );
}

/**
 * The pools table of the design being edited, for a step to show under its fields. Like the
 * charts it redraws just after the key figures, so typing never waits for it.
 */
export function WizardPoolsTable() {
  const sizing = useDeferredValue(useWizardStore((s) => s.sizing));
  return <PoolsTable sizing={sizing} />;
}
