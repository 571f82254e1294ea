import { DEFAULT_DESIGN } from '../design/default-design';
import { clearDraft } from '../persistence/draft-store';
import { browserStorage } from '../persistence/storage-access';
import { useWizardStore } from '../store/wizard-store';
import { openStep } from './open-on-arrival';

/** On a new visit with a draft kept from the last one: resume it, or start from the book's example. */
export function ResumeBanner() {
  const offer = useWizardStore((s) => s.resumeOffer);
  if (!offer) return null;
  const savedAt = new Date(offer.savedAt);
  const when = Number.isNaN(savedAt.getTime()) ? 'an earlier visit' : savedAt.toLocaleString();
  const resume = () => {
    const store = useWizardStore.getState();
    store.loadDesign(offer.design, { keepAsDraft: true });
    openStep(offer.step);
    store.setResumeOffer(null);
  };
  const startFresh = () => {
    const store = useWizardStore.getState();
    clearDraft(browserStorage());
    store.loadDesign(DEFAULT_DESIGN, { keepAsDraft: false });
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
        <button type="button" className="button" onClick={startFresh}>
          Start fresh
        </button>
      </div>
    </section>
  );
}
