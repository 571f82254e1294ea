import { useRef, type ChangeEvent } from 'react';
import { designFileName, designFromJsonText, designToJsonFile } from '../design/design-file';
import { formatFieldError } from '../design/field-error';
import { useWizardStore } from '../store/wizard-store';

function exportDesign(): void {
  const { design } = useWizardStore.getState();
  const url = URL.createObjectURL(
    new Blob([designToJsonFile(design)], { type: 'application/json' }),
  );
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = designFileName(design.name);
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A broken file is reported field by field and never replaces the design on screen. */
async function importDesign(file: File): Promise<void> {
  const store = useWizardStore.getState();
  const result = designFromJsonText(await file.text());
  if (!result.ok) {
    store.notify({
      id: 'import',
      tone: 'error',
      title: `${file.name} was not imported: it is not a valid design. The design on screen is unchanged.`,
      details: result.errors.map(formatFieldError),
    });
    return;
  }
  const errors = store.loadDesign(result.design, { keepAsDraft: true });
  store.notify(
    errors.length > 0
      ? {
          id: 'import',
          tone: 'error',
          title: `${file.name} was not imported: the design cannot be sized. The design on screen is unchanged.`,
          details: errors.map(formatFieldError),
        }
      : {
          id: 'import',
          tone: 'info',
          title: `Imported “${result.design.name}” from ${file.name}.`,
          details: [],
        },
  );
}

export function FileActions() {
  const input = useRef<HTMLInputElement>(null);
  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = '';
    if (file) void importDesign(file);
  };
  return (
    <>
      <button type="button" className="button" onClick={exportDesign}>
        Export JSON
      </button>
      <button type="button" className="button" onClick={() => input.current?.click()}>
        Import JSON
      </button>
      <input
        ref={input}
        className="visually-hidden"
        type="file"
        accept="application/json,.json"
        aria-label="Import a design file (JSON)"
        tabIndex={-1}
        onChange={onFile}
      />
    </>
  );
}
