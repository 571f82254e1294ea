import { DIAGRAM, type BoxLayout, type BusLayout, type DiagramLayout } from './diagram-layout';
import { busLabel, NETWORK_STYLES } from './network-styles';

function RoleBox({ box }: { box: BoxLayout }) {
  const textX = box.x + DIAGRAM.boxPad;
  return (
    <g data-role={box.role}>
      <rect
        x={box.x}
        y={box.y}
        width={box.width}
        height={box.height}
        rx={6}
        fill="var(--surface)"
        stroke="var(--fg)"
        strokeWidth={1.5}
      />
      <text x={textX} y={box.y + 28} fontSize={DIAGRAM.titlePx} fontWeight={700} fill="var(--fg)">
        {box.title}
      </text>
      {box.services.map((s) => (
        <text
          key={s.lines.join(' ')}
          x={textX}
          y={s.y}
          fontSize={DIAGRAM.servicePx}
          fill="var(--fg)"
        >
          {/* A space ends each wrapped line, so the text reads as words when read or copied. */}
          {s.lines.map((line, i) => (
            <tspan key={i} x={textX} dy={i === 0 ? 0 : DIAGRAM.lineHeight}>
              {i < s.lines.length - 1 ? `${line} ` : line}
            </tspan>
          ))}
        </text>
      ))}
    </g>
  );
}

function Bus({ bus, boxBottom }: { bus: BusLayout; boxBottom: number }) {
  const style = NETWORK_STYLES[bus.network.id];
  const line = {
    stroke: style.colour,
    strokeDasharray: style.dash,
    strokeLinecap: 'round' as const,
  };
  return (
    <g data-network={bus.network.id}>
      {bus.taps.map((tap) => (
        <line
          key={tap.role}
          x1={tap.x}
          x2={tap.x}
          y1={boxBottom}
          y2={bus.y}
          strokeWidth={2.5}
          {...line}
        />
      ))}
      <line
        x1={DIAGRAM.pad}
        x2={DIAGRAM.width - DIAGRAM.pad}
        y1={bus.y}
        y2={bus.y}
        strokeWidth={5}
        {...line}
      />
      {bus.taps.map((tap) => (
        <circle key={tap.role} cx={tap.x} cy={bus.y} r={6} fill={style.colour} stroke="var(--fg)" />
      ))}
    </g>
  );
}

/** Bus labels go last with a halo in the page colour, so crossing lines never hide them. */
function BusLabel({ bus }: { bus: BusLayout }) {
  return (
    <text
      x={DIAGRAM.pad + 4}
      y={bus.y - 10}
      fontSize={DIAGRAM.servicePx}
      fontWeight={600}
      fill="var(--fg)"
      stroke="var(--bg)"
      strokeWidth={8}
      paintOrder="stroke"
      strokeLinejoin="round"
    >
      {busLabel(bus.network)}
    </text>
  );
}

export function DiagramDrawing({ layout }: { layout: DiagramLayout }) {
  const boxBottom = (layout.boxes[0]?.y ?? 0) + (layout.boxes[0]?.height ?? 0);
  return (
    <>
      {layout.buses.map((bus) => (
        <Bus key={bus.network.id} bus={bus} boxBottom={boxBottom} />
      ))}
      {layout.boxes.map((box) => (
        <RoleBox key={box.role} box={box} />
      ))}
      {layout.buses.map((bus) => (
        <BusLabel key={bus.network.id} bus={bus} />
      ))}
    </>
  );
}
