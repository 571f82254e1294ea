import { useEffect, useRef, useState, type FormEvent } from 'react';
import { formatFieldError } from '../design/field-error';
import {
  deleteSavedDesign,
  duplicateSavedDesign,
  listSavedDesigns,
  openSavedDesign,
  renameSavedDesign,
  saveDesign,
  type SavedDesignSummary,
} from '../persistence/saved-designs';
import { browserStorage } from '../persistence/storage-access';
import { useWizardStore } from '../store/wizard-store';
import { loadDesign } from '../store/load-design';
import { SavedDesignRow } from './saved-design-row';

type Status = { tone: 'ok' | 'error'; text: string };
const now = () => new Date().toISOString();

/**
 * Designs kept in this browser under a name: save, open, duplicate, rename, delete. It opens as
 * it mounts, read afresh: the header's button (`SavedDesignsButton`) mounts a new one each time.
 */
export function SavedDesignsDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [listed] = useState(() => listSavedDesigns(browserStorage()));
  const [designs, setDesigns] = useState<SavedDesignSummary[]>(listed.ok ? listed.designs : []);
  const [status, setStatus] = useState<Status | null>(
    listed.ok ? null : { tone: 'error', text: listed.message },
  );
  const [name, setName] = useState(() => useWizardStore.getState().design.name);
  const storage = browserStorage();

  const refresh = () => {
    const listed = listSavedDesigns(storage);
    if (listed.ok) setDesigns(listed.designs);
    else setStatus({ tone: 'error', text: listed.message });
  };
  const report = (
    result: { ok: true; name: string } | { ok: false; message: string },
    done: string,
  ) => {
    setStatus(
      result.ok
        ? { tone: 'ok', text: done.replace('%s', result.name) }
        : { tone: 'error', text: result.message },
    );
    refresh();
  };
  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);
  const save = (event: FormEvent, replace = false) => {
    event.preventDefault();
    const result = saveDesign(storage, name, useWizardStore.getState().design, now(), { replace });
    if (
      !result.ok &&
      result.reason === 'name-taken' &&
      window.confirm(`Replace the saved design “${name.trim()}”?`)
    ) {
      save(event, true);
      return;
    }
    report(result, 'Saved as “%s”.');
  };
  const reopen = (saved: string) => {
    const result = openSavedDesign(storage, saved);
    if (!result.ok) {
      setStatus({
        tone: 'error',
        text: [result.message, ...result.errors.map(formatFieldError)].join(' — '),
      });
      return;
    }
    loadDesign(result.saved.design, { keepAsDraft: true });
    dialog.current?.close();
  };

  return (
    <>
      <dialog ref={dialog} className="dialog" aria-labelledby="saved-title">
        <h2 id="saved-title">Saved designs</h2>
        <form className="dialog__save" onSubmit={save}>
          <label htmlFor="save-name">Save the current design as</label>
          <input
            id="save-name"
            value={name}
            maxLength={120}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          <button type="submit" className="button button--primary">
            Save
          </button>
        </form>
        <p
          className={
            status?.tone === 'error' ? 'dialog__status dialog__status--error' : 'dialog__status'
          }
          role="status"
        >
          {status?.text}
        </p>
        {designs.length === 0 ? (
          <p>No designs are saved in this browser yet.</p>
        ) : (
          <table className="data-table">
            <caption>Saved in this browser, most recent first</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Saved</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {designs.map((d) => (
                <SavedDesignRow
                  key={d.name}
                  design={d}
                  onOpen={() => reopen(d.name)}
                  onDuplicate={() =>
                    report(duplicateSavedDesign(storage, d.name, now()), 'Duplicated as “%s”.')
                  }
                  onRename={(to) =>
                    report(renameSavedDesign(storage, d.name, to), 'Renamed to “%s”.')
                  }
                  onDelete={() => {
                    if (window.confirm(`Delete the saved design “${d.name}”?`))
                      report(deleteSavedDesign(storage, d.name), 'Deleted “%s”.');
                  }}
                />
              ))}
            </tbody>
          </table>
        )}
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </dialog>
    </>
  );
}
