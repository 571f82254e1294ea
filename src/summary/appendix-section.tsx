import type { Design } from '../design/design-schema';
import { billOfMaterials } from '../engine/bom/bill-of-materials';
import type { Sizing } from '../engine/report/report-types';
import { FlavorDemandTable } from '../figures/flavor-demand-table';
import { HeadroomTable } from '../figures/headroom-table';
import { PoolsTable } from '../figures/pools-table';
import { ReportTables } from '../figures/report-tables';
import { AddressingTable } from '../steps/logical/addressing-table';
import { BomTable } from './bom-table';
import { figureApplies } from './left-out-services';

/**
 * The formulas behind every figure, kept after the design so the body reads as an answer and a
 * reviewer can still check each number by hand.
 */
export function AppendixSection({ design, sizing }: { design: Design; sizing: Sizing }) {
  return (
    <section className="print-section print-appendix" aria-labelledby="print-appendix">
      <h2 id="print-appendix">Appendix: formulas and working</h2>
      <h3>
        {sizing.report.storage.pools.length > 0
          ? 'Instances, headroom and storage pools'
          : 'Instances and headroom'}
      </h3>
      <FlavorDemandTable design={design} sizing={sizing} />
      <HeadroomTable design={design} sizing={sizing} />
      <PoolsTable sizing={sizing} figures={false} />
      <h3>Each figure and how it is worked out</h3>
      <ReportTables sizing={sizing} show={(key) => figureApplies(key, design)} />
      <h3>Addressing plan</h3>
      <AddressingTable addressing={sizing.report.addressing} />
      <h3>Bill of materials per node role, with working</h3>
      {billOfMaterials(design, sizing).map((row) => (
        <BomTable key={row.role} row={row} />
      ))}
    </section>
  );
}
