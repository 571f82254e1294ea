import { KeyFigure } from '../../figures/key-figure';
import { useWizardStore } from '../../store/wizard-store';

/**
 * The rack figures with their working; the always-visible panel carries racks and kW, and the
 * elevation drawing below says what limits the count and what losing a rack would leave.
 */
export function RacksSummary() {
  const { racks } = useWizardStore((s) => s.sizing.report);
  const working = useWizardStore((s) => s.sizing.working);
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
    </section>
  );
}
