import { pattern, patterns, type LabelProps, type RechartsFill } from 'recharts';
import type { NodeRole } from '../engine/logical/node-roles';
import { ROLE_STYLES, type RoleTexture } from '../diagram/role-styles';
import { CHART_COLOURS, LABEL_FONT_PX } from './chart-theme';
import { twoLineTick } from './two-line-tick';

// Made once, outside any component: a new definition on each render would redraw every bar.
const TEXTURES: Record<Exclude<RoleTexture, 'solid'>, RechartsFill['definition']> = {
  diagonal: pattern({ ...patterns.diagonal, color: 'var(--bg)', opacity: 0.6 }),
  dots: pattern({ ...patterns.dots, color: 'var(--bg)', opacity: 0.7 }),
  horizontal: pattern({ ...patterns.horizontal, color: 'var(--bg)', opacity: 0.6 }),
};

/** A role's colour with its texture, the same as on the rack elevation. */
export function roleFill(role: NodeRole): string | RechartsFill {
  const { colour, texture } = ROLE_STYLES[role];
  return texture === 'solid' ? colour : { color: colour, definition: TEXTURES[texture] };
}

/** Below this a segment is too thin to hold its count; the table still has it. */
const LEAST_SEGMENT_PX = LABEL_FONT_PX + 6;

/**
 * A stacked segment's node count, inside it on a halo so textures do not break the digits. It
 * sits at the left of the bar: the RAM line's point and its label above it take the middle.
 */
export function SegmentCount(props: LabelProps) {
  const { viewBox, value } = props;
  if (!viewBox || !('height' in viewBox) || typeof value !== 'number' || value === 0) return null;
  if (Math.abs(viewBox.height) < LEAST_SEGMENT_PX) return null;
  return (
    <text
      x={viewBox.x + 6}
      y={viewBox.y + viewBox.height / 2}
      textAnchor="start"
      dominantBaseline="central"
      fontSize={LABEL_FONT_PX}
      fontWeight={700}
      fill={CHART_COLOURS.text}
      stroke="var(--bg)"
      strokeWidth={4}
      paintOrder="stroke"
    >
      {value}
    </text>
  );
}

/** Year labels, with the purchase note under every year a purchase falls due. */
export function yearTick(rows: readonly { label: string; buy: boolean }[], buyText: string) {
  return twoLineTick(rows.map((r) => ({ label: r.label, note: r.buy ? buyText : undefined })));
}
