import { KeyFigure } from '../../figures/key-figure';
import { useWizardStore } from '../../store/wizard-store';
import { formatNumber } from '../../working/format-number';

const LIMIT_TEXT = {
  units: 'rack units',
  power: 'the power budget',
  ports: 'switch ports',
  'failure-domain': 'spreading controllers over racks',
} as const;

/** The rack figures beside the inputs; the always-visible panel carries racks and kW. */
export function RacksSummary() {
  const { racks } = useWizardStore((s) => s.sizing.report);
  const working = useWizardStore((s) => s.sizing.working);
  const loss = racks.rackLoss;
  return (
    <section className="explainer" aria-labelledby="racks-title">
      <h3 id="racks-title">Racks, power and failure tolerance</h3>
      <dl className="key-figures__list">
        <KeyFigure
          figure="racks.byUnits"
          label="Racks by units"
          value={racks.byUnits}
          working={[working['racks.byUnits']]}
        />
        <KeyFigure
          figure="racks.byPower"
          label="Racks by power"
          value={racks.byPower}
          working={[working['racks.byPower']]}
        />
        <KeyFigure
          figure="racks.byPorts"
          label="Racks by ports"
          value={racks.byPorts}
          working={[working['racks.byPorts']]}
        />
        <KeyFigure
          figure="racks.heatBtuPerHour"
          label="Heat"
          value={racks.heatBtuPerHour}
          unit="BTU/h"
          working={[working['racks.heatBtuPerHour']]}
        />
        <KeyFigure
          figure="racks.portsPerSwitch"
          label="Ports used per switch"
          value={racks.portsPerSwitch}
          working={[working['racks.portsPerSwitch']]}
        />
      </dl>
      <p>
        {formatNumber(racks.count)} rack{racks.count === 1 ? '' : 's'}, limited by{' '}
        {LIMIT_TEXT[racks.limitedBy]}; at most {formatNumber(racks.controllersPerRackMax)}{' '}
        controller{racks.controllersPerRackMax === 1 ? '' : 's'} in one rack.{' '}
        {loss.enabled
          ? `Losing the fullest rack (${formatNumber(loss.computeNodesInFullestRack)} compute nodes) leaves ${formatNumber(loss.computeNodesAfterLoss)} of the ${formatNumber(loss.computeNodesNeeded)} needed; that costs ${formatNumber(loss.extraComputeNodes)} extra compute nodes. The controller quorum ${loss.quorumSurvives ? 'survives' : 'does not survive'}.`
          : 'Losing a whole rack is not planned for.'}
      </p>
    </section>
  );
}
