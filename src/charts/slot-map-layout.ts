import type { SlotMapData } from '../derivations/slot-map-data';

/** Geometry of the slot map in SVG units; the drawing scales from these through its viewBox. */
export const SLOT = { width: 96, height: 36, gap: 8 } as const;
const CHANNEL_LABEL_WIDTH = 36;
const SOCKET_TITLE_HEIGHT = 32;
const SOCKET_GAP = 32;
const PAD = 4;
/** Past this many slots a channel wraps onto another line, so a dense board stays readable. */
const SLOTS_PER_LINE = 6;
const SOCKETS_PER_ROW = 2;

export type PlacedSlot = { name: string; filled: boolean; x: number; y: number };
export type PlacedChannel = { name: string; x: number; y: number; slots: PlacedSlot[] };
export type PlacedSocket = { name: string; x: number; y: number; channels: PlacedChannel[] };
export type SlotMapLayout = { width: number; height: number; sockets: PlacedSocket[] };

export function layoutSlotMap(data: SlotMapData): SlotMapLayout {
  const depths = data.sockets.flatMap((s) => s.channels.map((c) => c.slots.length));
  const perLine = Math.max(1, Math.min(SLOTS_PER_LINE, Math.max(0, ...depths)));
  const lineHeight = SLOT.height + SLOT.gap;
  const socketWidth = CHANNEL_LABEL_WIDTH + perLine * (SLOT.width + SLOT.gap);
  const linesOf = (slots: number) => Math.max(1, Math.ceil(slots / perLine));
  const socketHeight = (channels: SlotMapData['sockets'][number]['channels']) =>
    SOCKET_TITLE_HEIGHT + channels.reduce((h, c) => h + linesOf(c.slots.length) * lineHeight, 0);

  const rowHeights: number[] = [];
  data.sockets.forEach((s, i) => {
    const row = Math.floor(i / SOCKETS_PER_ROW);
    rowHeights[row] = Math.max(rowHeights[row] ?? 0, socketHeight(s.channels));
  });
  const rowTop = (row: number) =>
    PAD + rowHeights.slice(0, row).reduce((sum, h) => sum + h + SOCKET_GAP, 0);

  const sockets = data.sockets.map((socket, i) => {
    const x = PAD + (i % SOCKETS_PER_ROW) * (socketWidth + SOCKET_GAP);
    const y = rowTop(Math.floor(i / SOCKETS_PER_ROW));
    let lineY = y + SOCKET_TITLE_HEIGHT;
    const channels = socket.channels.map((channel) => {
      const top = lineY;
      lineY += linesOf(channel.slots.length) * lineHeight;
      return {
        name: channel.name,
        x,
        y: top,
        slots: channel.slots.map((slot, k) => ({
          ...slot,
          x: x + CHANNEL_LABEL_WIDTH + (k % perLine) * (SLOT.width + SLOT.gap),
          y: top + Math.floor(k / perLine) * lineHeight,
        })),
      };
    });
    return { name: socket.name, x, y, channels };
  });
  const columns = Math.min(SOCKETS_PER_ROW, Math.max(1, data.sockets.length));
  return {
    width: 2 * PAD + columns * socketWidth + (columns - 1) * SOCKET_GAP,
    height: rowTop(rowHeights.length) - SOCKET_GAP + PAD,
    sockets,
  };
}
