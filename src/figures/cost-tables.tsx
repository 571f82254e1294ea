import { SideScroll } from '../app/side-scroll';
import type {
  CompareReport,
  CostReport,
  ProfileRow,
  ProfileRowRole,
} from '../engine/cost/cost-types';
import type { Bound, StorageBound } from '../engine/report/report-types';
import { profileErrorInWords } from './profile-error-words';
import { WorkingView } from './working-view';
import { formatFigure, formatFigureWithUnit } from '../working/format-figure';
import { money } from '../working/format-money';
import './plan-tables.css';

const BOUND_TEXT: Record<Bound, string> = {
  cpu: 'CPU',
  vcpu: 'vCPUs',
  ram: 'RAM',
  network: 'network',
  storage: 'storage',
};

const STORAGE_BOUND_TEXT: Record<StorageBound, string> = {
  none: 'no storage nodes',
  minimum: 'the minimum asked',
  capacity: 'capacity',
  recovery: 'recovery',
  'failure-domains': 'failure domains',
};

const ROLE_TEXT: Record<ProfileRowRole, string> = {
  own: 'none (as designed)',
  compute: 'compute node',
  storage: 'storage node',
};

type CompareProps = {
  compare: CompareReport;
  /** With a picker, each other profile that sizes gets a button that makes it the design's hardware. */
  onPick?: (row: ProfileRow) => void;
};

/** The same design on each server profile, side by side, the cheapest marked. */
export function CompareTable({ compare, onPick }: CompareProps) {
  const { currency, rows, cheapestRow } = compare;
  return (
    <SideScroll label="Server profiles compared">
      <table className="data-table" data-compare>
        <caption>
          The same workload, growth, failures and storage on each server profile, one server changed
          a row: total cost of ownership over the cloud&rsquo;s life, in {currency}; the cheapest is
          marked.
        </caption>
        <thead>
          <tr>
            <th scope="col">Profile</th>
            <th scope="col">Server changed</th>
            <th scope="col">Compute nodes</th>
            <th scope="col">Storage nodes</th>
            <th scope="col">All nodes</th>
            <th scope="col">Compute nodes bound by</th>
            <th scope="col">Storage nodes set by</th>
            <th scope="col">Racks</th>
            <th scope="col">kW</th>
            <th scope="col">Compute node average / storage node W for the cost</th>
            <th scope="col">CPU / vCPU / RAM / network in use</th>
            <th scope="col">Capital</th>
            <th scope="col">Total cost</th>
            <th scope="col">Per instance per month</th>
            <th scope="col">Above the cheapest</th>
            {onPick && (
              <th scope="col">
                <span className="visually-hidden">Use</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={`${row.role}-${row.index}`} data-profile={row.name} data-role={row.role}>
              <th scope="row">
                {row.name}
                {row.ok && i === cheapestRow && <strong> (cheapest)</strong>}
              </th>
              <td>{ROLE_TEXT[row.role]}</td>
              {row.ok ? (
                <>
                  <td className="numeric" data-cell="compute-nodes">
                    {formatFigure(row.nodes.compute)}
                  </td>
                  <td className="numeric" data-cell="storage-nodes">
                    {formatFigure(row.nodes.storage)}
                  </td>
                  <td className="numeric">{formatFigure(row.nodes.total)}</td>
                  <td>{BOUND_TEXT[row.bound]}</td>
                  <td>{STORAGE_BOUND_TEXT[row.storageBound]}</td>
                  <td className="numeric">{formatFigure(row.racks)}</td>
                  <td className="numeric">{formatFigure(row.powerKw, 'kW')}</td>
                  {/* One column for both, one above the other, so the table still fits a page. */}
                  <td>
                    <details className="cost-working" data-cell="compute-watts">
                      <summary>{formatFigureWithUnit(row.computeWatts, 'W')}</summary>
                      <WorkingView working={row.wattsWorking} />
                    </details>
                    <details className="cost-working" data-cell="storage-watts">
                      <summary>{formatFigureWithUnit(row.storageWatts, 'W')}</summary>
                      <WorkingView working={row.storageWattsWorking} />
                    </details>
                  </td>
                  <td>
                    {[
                      row.utilisation.cpu,
                      row.utilisation.vcpu,
                      row.utilisation.ram,
                      row.utilisation.network,
                    ]
                      .map((share) => (share === null ? '—' : formatFigure(share, 'share')))
                      .join(' / ')}
                  </td>
                  <td className="numeric" data-cell="capital">
                    {money(row.capital, currency)}
                  </td>
                  <td className="numeric" data-total={row.total}>
                    {money(row.total, currency)}
                  </td>
                  <td className="numeric">{money(row.perInstanceMonth, currency, true)}</td>
                  <td className="numeric">{formatFigure(row.overCheapest, 'share')}</td>
                </>
              ) : (
                <td colSpan={13} data-cell="errors">
                  Cannot carry this design: {row.errors.map(profileErrorInWords).join('; ')}
                </td>
              )}
              {onPick && (
                <td>
                  {row.role !== 'own' && row.ok && (
                    <button type="button" className="button" onClick={() => onPick(row)}>
                      Use
                      <span className="visually-hidden">
                        {' '}
                        {row.name} as the design&rsquo;s {ROLE_TEXT[row.role]}
                      </span>
                    </button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </SideScroll>
  );
}

/** The cost year by year: purchases, power and support, and the totals with their working. */
export function CostYearsTable({ cost }: { cost: CostReport }) {
  const { currency } = cost;
  return (
    <SideScroll label="Cost by year">
      <table className="data-table" data-cost-years>
        <caption>
          Cost over {cost.lifeYears} {cost.lifeYears === 1 ? 'year' : 'years'}, in {currency}:
          hardware when it is bought, power and support every year.
        </caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col">Instances</th>
            <th scope="col">Hardware bought</th>
            <th scope="col">Average kW</th>
            <th scope="col">Power</th>
            <th scope="col">Support</th>
            <th scope="col">Year&rsquo;s cost</th>
          </tr>
        </thead>
        <tbody>
          {cost.years.map((y) => (
            <tr key={y.year}>
              <th scope="row">{y.year}</th>
              <td className="numeric">{formatFigure(y.instances)}</td>
              <td className="numeric">{money(y.capital, currency)}</td>
              <td className="numeric">{formatFigure(y.averageKw, 'kW')}</td>
              <td className="numeric">{money(y.power, currency)}</td>
              <td className="numeric">{money(y.support, currency)}</td>
              <td className="numeric">{money(y.total, currency)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">In all</th>
            <td className="numeric">{formatFigure(cost.instanceMonths)} instance-months</td>
            <td className="numeric" data-figure="cost.capital" data-value={cost.capital}>
              {money(cost.capital, currency)}
            </td>
            <td />
            <td className="numeric" data-figure="cost.power" data-value={cost.power}>
              {money(cost.power, currency)}
            </td>
            <td className="numeric" data-figure="cost.support" data-value={cost.support}>
              {money(cost.support, currency)}
            </td>
            <td className="numeric">{money(cost.total, currency)}</td>
          </tr>
        </tfoot>
      </table>
    </SideScroll>
  );
}
