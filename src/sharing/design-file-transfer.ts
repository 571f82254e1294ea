import { designFileName, designFromJsonText, designToJsonFile } from '../design/design-file';
import { formatFieldError } from '../design/field-error';
import { useWizardStore } from '../store/wizard-store';
import { loadDesign } from '../store/load-design';

/** Downloads the design on screen as a JSON file. */
export function exportDesign(): void {
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

/** Opens a design file. A broken file is reported field by field and never replaces the design on screen. */
export async function importDesign(file: File): Promise<void> {
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
  const errors = loadDesign(result.design, { keepAsDraft: true });
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
