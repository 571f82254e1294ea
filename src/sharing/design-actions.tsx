import { PrintButton } from '../printing/print-button';
import { CopyLinkButton } from './copy-link-button';
import { FileActions } from './file-actions';
import { ExportMenu } from '../export-ui/export-menu';
import { SavedDesignsButton } from './saved-designs-button';

/** What can be done with the whole design: share it, keep it, move it as a file, print it. */
export function DesignActions() {
  return (
    <div className="design-actions" role="group" aria-label="Design">
      <SavedDesignsButton />
      <FileActions />
      <ExportMenu />
      <CopyLinkButton />
      <PrintButton />
    </div>
  );
}
