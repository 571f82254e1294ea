import { lazy, Suspense, useState } from 'react';

const loadDialog = () => import('./saved-designs-dialog');
const SavedDesignsDialog = lazy(() =>
  loadDialog().then((m) => ({ default: m.SavedDesignsDialog })),
);

/**
 * Opens the saved designs. The dialog, with the code that reads and checks stored designs, loads
 * when it is first asked for (or when the pointer or focus reaches the button), not with the page.
 */
export function SavedDesignsButton() {
  const [openCount, setOpenCount] = useState(0);
  const preload = () => void loadDialog();
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => setOpenCount((n) => n + 1)}
        onPointerEnter={preload}
        onFocus={preload}
      >
        Saved designs
      </button>
      {openCount > 0 && (
        <Suspense fallback={null}>
          <SavedDesignsDialog key={openCount} />
        </Suspense>
      )}
    </>
  );
}
