import { WorkedFigures, type WorkedFigureSpec } from '../../figures/worked-figures';
import { useWizardStore } from '../../store/wizard-store';

const RACK_FIGURES: readonly WorkedFigureSpec[] = [
  { figure: 'racks.byUnits', label: 'Racks by units' },
  { figure: 'racks.byPower', label: 'Racks by power' },
  { figure: 'racks.byPorts', label: 'Racks by ports' },
  { figure: 'racks.heatBtuPerHour', label: 'Heat', unit: 'BTU/h' },
  { figure: 'racks.portsPerSwitch', label: 'Ports used per switch' },
];

/**
 * The rack figures with their working; the always-visible panel carries racks and kW, and the
 * elevation drawing below says what limits the count and what losing a rack would leave.
 */
export function RacksSummary() {
  const working = useWizardStore((s) => s.sizing.working);
  return (
    <section className="explainer" aria-labelledby="racks-title">
      <h3 id="racks-title">Racks, power and failure tolerance</h3>
      <dl className="key-figures__list">
        <WorkedFigures specs={RACK_FIGURES} working={working} />
      </dl>
    </section>
  );
}
