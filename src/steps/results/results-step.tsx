import { PoolsTable } from '../../figures/pools-table';
import { ReportTables } from '../../figures/report-tables';
import { useWizardStore } from '../../store/wizard-store';
import { StepCharts } from '../step-charts';

export function ResultsStep() {
  const sizing = useWizardStore((s) => s.sizing);
  return (
    <>
      <p className="step-intro">
        The whole sizing, each figure with its formula and the numbers put in, so it can be checked
        by hand.
      </p>
      <StepCharts
        ids={['node-counts', 'cores', 'ram', 'slot-map', 'iops', 'bandwidth', 'storage', 'growth']}
        extras={['logical', 'flavors', 'headroom', 'racks']}
      />
      <PoolsTable sizing={sizing} />
      <ReportTables sizing={sizing} />
    </>
  );
}
