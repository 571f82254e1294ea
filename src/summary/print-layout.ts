/**
 * Widths on paper, in CSS pixels (96 per inch). A4 is 210 mm wide, Letter 215.9 mm; with 14 mm
 * margins the narrower, A4, leaves 182 mm = 688 px. A chart frame takes about 30 px of padding
 * and border, and its numbers table sits beside the drawing with a 20 px gap and needs about
 * 190 px, so a drawing gets 440 px. The diagram has the whole frame width.
 */
export const PRINT_CHART_WIDTH_PX = 440;
export const PRINT_DIAGRAM_WIDTH_PX = 650;
