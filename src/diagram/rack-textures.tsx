import type { NodeRole } from '../engine/logical/node-roles';
import { ROLE_STYLES, type RoleTexture } from './role-styles';

/** What a block in a rack can be, each with its own look in the drawing and the legend. */
export type RackItem = NodeRole | 'switch' | 'empty';

export function textureId(prefix: string, texture: RoleTexture): string {
  return `${prefix}-${texture}`;
}

/** Textures drawn in the page colour over the role colour, as the growth chart's bars are. */
export function RackTextureDefs({ prefix }: { prefix: string }) {
  const common = { width: 8, height: 8, patternUnits: 'userSpaceOnUse' } as const;
  return (
    <defs>
      <pattern id={textureId(prefix, 'diagonal')} {...common} patternTransform="rotate(45)">
        <path d="M0 4H8" stroke="var(--bg)" strokeWidth={3} strokeOpacity={0.6} />
      </pattern>
      <pattern id={textureId(prefix, 'dots')} {...common}>
        <circle cx={4} cy={4} r={1.8} fill="var(--bg)" fillOpacity={0.7} />
      </pattern>
      <pattern id={textureId(prefix, 'horizontal')} {...common}>
        <path d="M0 4H8" stroke="var(--bg)" strokeWidth={3} strokeOpacity={0.6} />
      </pattern>
    </defs>
  );
}

type SwatchProps = {
  prefix: string;
  item: RackItem;
  x: number;
  y: number;
  width: number;
  height: number;
};

/** The strip that says which role a block is: colour, texture, and for switches solid ink. */
export function RackSwatch({ prefix, item, x, y, width, height }: SwatchProps) {
  if (item === 'empty')
    return (
      <rect
        x={x}
        y={y}
        width={width}
        height={height}
        fill="none"
        stroke="var(--muted)"
        strokeDasharray="4 3"
      />
    );
  if (item === 'switch')
    return <rect x={x} y={y} width={width} height={height} fill="var(--fg)" stroke="var(--fg)" />;
  const { colour, texture } = ROLE_STYLES[item];
  return (
    <g>
      <rect x={x} y={y} width={width} height={height} fill={colour} stroke="var(--fg)" />
      {texture === 'solid' ? null : (
        <rect
          x={x}
          y={y}
          width={width}
          height={height}
          fill={`url(#${textureId(prefix, texture)})`}
        />
      )}
    </g>
  );
}
