import { browserStorage } from '../persistence/storage-access';
import { autosaveDrafts } from '../sharing/autosave';
import { openOnArrival } from '../sharing/open-on-arrival';

/** Everything the wizard does before its first render: pick the design, start keeping drafts. */
export function startWizard(): void {
  const storage = browserStorage();
  openOnArrival(storage, window.location.hash);
  autosaveDrafts(storage, () => new Date());
}
