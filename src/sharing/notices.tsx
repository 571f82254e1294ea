import { useWizardStore } from '../store/wizard-store';

export function Notices() {
  const notices = useWizardStore((s) => s.notices);
  const dismiss = useWizardStore((s) => s.dismiss);
  if (notices.length === 0) return null;
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
          <button type="button" className="button notice__dismiss" onClick={() => dismiss(n.id)}>
            Dismiss<span className="visually-hidden"> notice: {n.title}</span>
          </button>
        </div>
      ))}
    </div>
  );
}
