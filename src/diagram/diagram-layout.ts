import type { PhysicalNetworkId, PlacedNetwork } from '../engine/logical/network-placement';
import type { NodeRole } from '../engine/logical/node-roles';
import type { Placement } from '../engine/logical/placement';
import { wrapText } from './wrap-text';

export const DIAGRAM = {
  width: 1000,
  pad: 8,
  boxGap: 24,
  boxPad: 12,
  titlePx: 22,
  titleHeight: 38,
  servicePx: 18,
  lineHeight: 23,
  itemGap: 4,
  busTop: 48,
  busGap: 52,
} as const;

export type BoxLayout = {
  role: NodeRole;
  title: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Each service as its wrapped lines, with the baseline of its first line. */
  services: { lines: string[]; y: number }[];
};

export type BusLayout = {
  network: PlacedNetwork;
  y: number;
  /** Where the bus meets each role it reaches: the foot of a line from that role's box. */
  taps: { role: NodeRole; x: number }[];
};

export type DiagramLayout = {
  width: number;
  height: number;
  boxes: BoxLayout[];
  buses: BusLayout[];
};

/** Every network keeps its own slot along a box's bottom edge, so lines never overlap. */
const NETWORK_ORDER: readonly PhysicalNetworkId[] = ['management', 'tenant', 'storage', 'external'];

export function roleTitle(label: string, count: number): string {
  return `${label} × ${count}`;
}

export function layoutDiagram(placement: Placement): DiagramLayout {
  const { width, pad, boxGap, boxPad, titleHeight, servicePx, lineHeight, itemGap } = DIAGRAM;
  const columns = Math.max(1, placement.roles.length);
  const boxWidth = (width - 2 * pad - (columns - 1) * boxGap) / columns;
  const textWidth = boxWidth - 2 * boxPad;

  const wrapped = placement.roles.map((r) =>
    r.services.map((s) => wrapText(s.label, textWidth, servicePx)),
  );
  const contentHeight = (items: string[][]) =>
    items.reduce((h, lines) => h + lines.length * lineHeight + itemGap, 0);
  const boxHeight = titleHeight + boxPad + Math.max(0, ...wrapped.map(contentHeight));

  const boxes = placement.roles.map((r, i) => {
    const x = pad + i * (boxWidth + boxGap);
    let y = pad + titleHeight + servicePx;
    const services = (wrapped[i] ?? []).map((lines) => {
      const item = { lines, y };
      y += lines.length * lineHeight + itemGap;
      return item;
    });
    return {
      role: r.role,
      title: roleTitle(r.label, r.count),
      x,
      y: pad,
      width: boxWidth,
      height: boxHeight,
      services,
    };
  });

  const tapX = (box: BoxLayout, id: PhysicalNetworkId) =>
    box.x + (box.width * (NETWORK_ORDER.indexOf(id) + 1)) / (NETWORK_ORDER.length + 1);
  const firstBusY = pad + boxHeight + DIAGRAM.busTop;
  const buses = placement.networks.map((network, i) => ({
    network,
    y: firstBusY + i * DIAGRAM.busGap,
    taps: boxes
      .filter((b) => network.reaches.some((r) => r.role === b.role))
      .map((b) => ({ role: b.role, x: tapX(b, network.id) })),
  }));
  const lastBusY = firstBusY + Math.max(0, buses.length - 1) * DIAGRAM.busGap;
  return { width, height: lastBusY + 2 * pad + 8, boxes, buses };
}
