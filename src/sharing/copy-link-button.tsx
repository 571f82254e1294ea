import { useRef, useState, type KeyboardEvent } from 'react';
import { useWizardStore } from '../store/wizard-store';

/** The link's encoder (with its compression) loads when a link is first asked for. */
const linkEncoder = () => import('../design/link-encode');

/** Whole address of the current design, for wherever the app happens to be served. */
export async function currentDesignUrl(): Promise<string> {
  const { designLinkUrl } = await linkEncoder();
  const { design, step } = useWizardStore.getState();
  return designLinkUrl(window.location.href, design, step);
}

/**
 * Copies the link and also shows it, selected, so it can be copied by hand where the clipboard
 * is not allowed. The link shows in a panel over the page, so the header around the button never
 * reflows; Close or Escape puts it away and gives the focus back to the button.
 */
export function CopyLinkButton() {
  const [link, setLink] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setLink(null);
    setStatus('');
    button.current?.focus();
  };
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') close();
  };
  const copy = async () => {
    const url = await currentDesignUrl();
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setStatus(`Link copied to the clipboard. ${fitText(url.length)}`);
    } catch {
      setStatus('The browser did not allow copying: select the link below and copy it.');
    }
  };
  return (
    <div className="copy-link">
      <button
        ref={button}
        type="button"
        className="button"
        onClick={() => void copy()}
        onPointerEnter={() => void linkEncoder()}
        onFocus={() => void linkEncoder()}
      >
        Copy link
      </button>
      <div className="copy-link__panel" hidden={link === null} onKeyDown={closeOnEscape}>
        <p className="copy-link__status" role="status">
          {status}
        </p>
        {link && (
          <input
            className="copy-link__field"
            aria-label="Design link"
            readOnly
            value={link}
            onFocus={(event) => event.currentTarget.select()}
          />
        )}
        <button type="button" className="button" onClick={close}>
          Close
        </button>
      </div>
    </div>
  );
}

/** Chat apps and e-mail clients are known to cut or wrap links past about 2,000 characters. */
const CHAT_SAFE_CHARS = 2000;

function fitText(length: number): string {
  return length <= CHAT_SAFE_CHARS
    ? 'It is short enough to paste into a chat message or an e-mail.'
    : 'It is long: some chat apps cut links this long, so a design file may travel better.';
}
