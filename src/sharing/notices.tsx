import { useState } from 'react';
import { useWizardStore } from '../store/wizard-store';
import { lastBrokenLink } from './broken-link';

/** The link that failed, whole and selectable, so it can be sent back to whoever shared it. */
function BrokenLink({ link }: { link: string }) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setStatus('Copied to the clipboard.');
    } catch {
      setStatus('The browser did not allow copying: select the link and copy it.');
    }
  };
  return (
    <div className="notice__link">
      <label>
        The link as it arrived
        <input
          type="text"
          readOnly
          value={link}
          data-broken-link
          onFocus={(event) => event.currentTarget.select()}
        />
      </label>
      <button type="button" className="button" onClick={() => void copy()}>
        Copy<span className="visually-hidden"> the broken link</span>
      </button>
      <span role="status">{status}</span>
    </div>
  );
}

export function Notices() {
  const notices = useWizardStore((s) => s.notices);
  const dismiss = useWizardStore((s) => s.dismiss);
  if (notices.length === 0) return null;
  const brokenLink = lastBrokenLink();
  return (
    <div className="notices">
      {notices.map((n) => (
        <div
          key={n.id}
          className={`notice notice--${n.tone}`}
          role={n.tone === 'error' ? 'alert' : 'status'}
          data-notice={n.id}
        >
          <p className="notice__title">{n.title}</p>
          {n.details.length > 0 && (
            <ul className="notice__details">
              {n.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          )}
          {n.id === 'bad-link' && brokenLink !== null && <BrokenLink link={brokenLink} />}
          <button type="button" className="button notice__dismiss" onClick={() => dismiss(n.id)}>
            Dismiss<span className="visually-hidden"> notice: {n.title}</span>
          </button>
        </div>
      ))}
    </div>
  );
}
