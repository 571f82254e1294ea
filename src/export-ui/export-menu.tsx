import { useId, useState } from 'react';
import type { ExportFormat } from '../export/export-types';
import { useWizardStore } from '../store/wizard-store';
import { EXPORT_CHOICES } from './export-choices';
import './export-menu.css';

/**
 * Builds the file in the page and hands it to the browser as a download: nothing leaves the
 * browser. The exporters (and their YAML and CSV libraries) load on the first export only.
 */
async function downloadExport(format: ExportFormat, fileName: string): Promise<void> {
  const { exportDesign } = await import('../export/export-design');
  const store = useWizardStore.getState();
  const result = exportDesign(format, { design: store.design, ...store.sizing });
  const file = result.files.find((f) => f.name === fileName);
  if (!file) return;
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mediaType }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = file.name;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  if (result.warnings.length > 0)
    store.notify({
      id: 'export',
      tone: 'info',
      title: `${file.name} downloaded. What the chosen release cannot deploy is noted in the file:`,
      details: result.warnings,
    });
}

export function ExportMenu() {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  return (
    <div className="export-menu">
      <button
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((was) => !was)}
      >
        Export
      </button>
      {open && (
        <ul id={menuId} className="export-menu__list plain-list" aria-label="Export files">
          {EXPORT_CHOICES.map((choice) => (
            <li key={choice.file}>
              <button
                type="button"
                className="button"
                onClick={() => {
                  setOpen(false);
                  void downloadExport(choice.format, choice.file);
                }}
              >
                {choice.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
