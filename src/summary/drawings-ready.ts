/**
 * True once everything drawn in the summary is on the page: every chart's drawing (recharts
 * arrives in a lazy chunk and draws its bars after a first empty pass), the logical diagram and
 * the QR code. Printing before that puts empty frames on paper.
 */
/** What recharts draws last: bars, lines, areas. Axes and grid come before them. */
const RECHARTS_MARKS = '.recharts-bar-rectangle, .recharts-line-curve, .recharts-area-area';

export function drawingsComplete(root: ParentNode): boolean {
  const plots = [...root.querySelectorAll('[data-chart] .chart-frame__plot')];
  if (plots.length === 0) return false;
  // A recharts chart is drawn once its wrapper holds its marks; the slot map is plain SVG.
  const chartsDrawn = plots.every(
    (plot) =>
      plot.querySelector('svg') !== null &&
      [...plot.querySelectorAll('.recharts-wrapper')].every(
        (chart) => chart.querySelector(RECHARTS_MARKS) !== null,
      ),
  );
  return (
    chartsDrawn &&
    root.querySelector('[data-diagram] svg') !== null &&
    root.querySelector('[data-qr], .qr-code__none') !== null
  );
}

/** Longest wait for the drawings; past it the summary prints with what it has. */
const GIVE_UP_MS = 10_000;

/**
 * Calls `onDrawn` once the drawings in `root` are complete and two frames have been painted, or
 * after GIVE_UP_MS. Returns a cancel function.
 */
export function whenDrawn(root: HTMLElement, onDrawn: () => void): () => void {
  let frame = 0;
  const observer = new MutationObserver(() => {
    if (drawingsComplete(root)) finish();
  });
  const timer = setTimeout(finish, GIVE_UP_MS);
  function stop() {
    observer.disconnect();
    clearTimeout(timer);
  }
  function finish() {
    stop();
    frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(onDrawn);
    });
  }
  if (drawingsComplete(root)) finish();
  else observer.observe(root, { childList: true, subtree: true });
  return () => {
    stop();
    cancelAnimationFrame(frame);
  };
}
