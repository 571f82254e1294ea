import { browserStorage } from '../persistence/storage-access';

/**
 * Everything the wizard does before its first render: pick the design, start keeping drafts.
 * An address that names a design or a step is read before the first render, so the wizard opens
 * on it; a bare address renders the example at once and looks for a draft to offer just after,
 * keeping the link codec's and the drafts' code off the first screen's critical path.
 */
export function startWizard(): Promise<void> {
  const hash = window.location.hash;
  const arrive = async (fromHash: string) => {
    const [{ openOnArrival }, { autosaveDrafts }] = await Promise.all([
      import('../sharing/open-on-arrival'),
      import('../sharing/autosave'),
    ]);
    const storage = browserStorage();
    openOnArrival(storage, fromHash);
    autosaveDrafts(storage, () => new Date());
  };
  if (hash.replace(/^#/, '') !== '') return arrive(hash);
  void arrive('');
  return Promise.resolve();
}
