/** Average glyph width of a sans-serif face as a share of the font size; close enough to wrap. */
const GLYPH_WIDTH_EM = 0.56;

/**
 * Breaks a label into lines that fit `widthPx` at `fontPx`, at spaces. SVG text does not wrap by
 * itself, and measuring needs a DOM, so this estimates; a word longer than a line keeps its line.
 */
export function wrapText(text: string, widthPx: number, fontPx: number): string[] {
  const perLine = Math.max(8, Math.floor(widthPx / (fontPx * GLYPH_WIDTH_EM)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line === '' ? word : `${line} ${word}`;
    if (next.length <= perLine || line === '') {
      line = next;
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}
