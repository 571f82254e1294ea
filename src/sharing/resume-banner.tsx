import { DEFAULT_DESIGN } from '../design/default-design';
import { loadDraft } from '../persistence/draft-store';
import { browserStorage } from '../persistence/storage-access';
import { useWizardStore } from '../store/wizard-store';
import { loadDesign } from '../store/load-design';
import { openStep } from './open-link';

/**
 * On a new visit with a draft kept from the last one (or after a link replaced the design being
 * worked on): resume it, or start from the book's example. Starting fresh discards nothing: the
 * draft joins the saved designs at the first edit (see autosave).
 */
export function ResumeBanner() {
  const offer = useWizardStore((s) => s.resumeOffer);
  const afterLink = useWizardStore((s) => s.resumeAfterLink);
  if (!offer) return null;
  const savedAt = new Date(offer.savedAt);
  const when = Number.isNaN(savedAt.getTime()) ? 'an earlier visit' : savedAt.toLocaleString();
  const resume = () => {
    const store = useWizardStore.getState();
    // Resuming carries on the stored draft only if it is still the one offered.
    const stored = loadDraft(browserStorage());
    const same = stored.ok && stored.draft?.savedAt === offer.savedAt;
    loadDesign(offer.design, { keepAsDraft: true, resumesDraft: same });
    openStep(offer.step);
    store.setResumeOffer(null);
    store.dismiss('link-arrived');
  };
  const startFresh = () => {
    const store = useWizardStore.getState();
    loadDesign(DEFAULT_DESIGN, { keepAsDraft: false });
    store.setResumeOffer(null);
  };
  return (
    <section className="notice notice--info resume-banner" aria-labelledby="resume-title">
      <p id="resume-title" className="notice__title">
        Resume your draft &ldquo;{offer.design.name}&rdquo; from {when}?
      </p>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={resume}>
          Resume draft
        </button>
        {afterLink ? (
          <button
            type="button"
            className="button"
            onClick={() => useWizardStore.getState().setResumeOffer(null)}
          >
            Stay on the link&rsquo;s design
          </button>
        ) : (
          <button type="button" className="button" onClick={startFresh}>
            Start fresh
          </button>
        )}
      </div>
    </section>
  );
}
