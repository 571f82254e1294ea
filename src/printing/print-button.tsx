import { useWizardStore } from '../store/wizard-store';
import { loadSummary } from './load-summary';

/** Prints the summary of the design, the same as Ctrl/Cmd+P. */
export function PrintButton() {
  const preparing = useWizardStore((s) => s.printWhenReady);
  const requestPrint = useWizardStore((s) => s.requestPrint);
  return (
    <button
      type="button"
      className="button"
      aria-busy={preparing}
      aria-keyshortcuts="Control+P Meta+P"
      // A pointer on the way to the button is a good moment to fetch the summary's code.
      onPointerEnter={() => void loadSummary().catch(() => undefined)}
      onClick={requestPrint}
    >
      Print summary
    </button>
  );
}
