/**
 * Draws a flow diagram model (lib/view/flow-diagram.ts) as plain SVG: black on white, solid lines,
 * no colour, so it reads the same on screen and on a black-and-white printout. It decides nothing.
 */
import { LINE_HEIGHT, type FlowDiagramModel } from "@/lib/view/flow-diagram";

const INDENT = [0, 8, 18] as const;

export function FlowDiagram({ model }: { model: FlowDiagramModel }) {
  const titleId = `flow-${model.trialId}-title`;
  const markerId = `flow-${model.trialId}-arrow`;
  return (
    <figure className="flow-diagram" data-trial={model.trialId} style={{ ["--flow-print-width" as string]: `${model.printWidthMm}mm` }}>
      <svg
        viewBox={`0 0 ${model.width} ${model.height}`}
        width="100%"
        role="img"
        aria-labelledby={titleId}
        style={{ maxWidth: `${model.width}px`, height: "auto", display: "block" }}
        fontFamily="'Noto Sans', 'Noto Sans CJK SC', Arial, sans-serif"
      >
        <title id={titleId}>{model.title}</title>
        <defs>
          <marker id={markerId} viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" fill="#000" />
          </marker>
        </defs>
        {model.arrows.map((a) => (
          <line key={a.id} x1={a.x1} y1={a.y1} x2={a.x2} y2={a.y2} stroke="#000" strokeWidth={1.2} markerEnd={`url(#${markerId})`} />
        ))}
        {model.boxes.map((box) => (
          <g key={box.id} data-box={box.id}>
            <rect x={box.x} y={box.y} width={box.width} height={box.height} fill="#fff" stroke="#000" strokeWidth={1.2} />
            {box.lines.map((line, i) => (
              <text
                key={i}
                x={box.x + 8 + INDENT[line.indent]}
                y={box.y + 8 + LINE_HEIGHT * (i + 1) - 4}
                fontSize={line.indent === 0 ? 12 : 11}
                fontWeight={line.bold ? 700 : 400}
                fill="#000"
              >
                {line.text}
              </text>
            ))}
          </g>
        ))}
      </svg>
      <figcaption className="flow-diagram-caption">{model.caption}</figcaption>
    </figure>
  );
}
