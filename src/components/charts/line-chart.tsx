import { useId } from "react";
import { scaleLinear, scalePoint } from "@visx/scale";
import { LinePath } from "@visx/shape";
import { Group } from "@visx/group";
import { AxisBottom, AxisLeft } from "@visx/axis";
import { ChartFrame } from "./chart-frame";

export type LinePoint = { label: string; value: number | null; valueText: string };

/** A line over time with every point labelled in text; gaps (null) break the line. */
export function LineChart({
  title,
  description,
  points,
  min = 0,
  max = 100,
}: {
  title: string;
  description: string;
  points: LinePoint[];
  min?: number;
  max?: number;
}) {
  const id = useId();
  const width = 640;
  const TEXT_FONT = 13;
  const height = 240;
  const margin = { top: 24, right: 40, bottom: 40, left: 48 };
  const innerWidth = width - margin.left - margin.right;
  const innerHeight = height - margin.top - margin.bottom;
  const x = scalePoint<string>({ domain: points.map((point) => point.label), range: [0, innerWidth], padding: 0.5 });
  const y = scaleLinear<number>({ domain: [min, max], range: [innerHeight, 0] });
  const drawn = points.filter((point): point is LinePoint & { value: number } => point.value !== null);
  return (
    <figure className="mb-4 max-w-3xl">
      <ChartFrame width={width} smallestFont={TEXT_FONT} label={title}>
        <svg
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
          viewBox={`0 0 ${width} ${height}`}
          className="h-auto w-full"
        >
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{description}</desc>
          <Group top={margin.top} left={margin.left}>
            <AxisLeft
              scale={y}
              numTicks={5}
              stroke="#505a5f"
              tickStroke="#505a5f"
              tickLabelProps={{ fontSize: TEXT_FONT, fill: "#0b0c0c" }}
            />
            <AxisBottom
              top={innerHeight}
              scale={x}
              stroke="#505a5f"
              tickStroke="#505a5f"
              tickLabelProps={{ fontSize: TEXT_FONT, fill: "#0b0c0c" }}
            />
            <LinePath
              data={drawn}
              x={(point) => x(point.label) ?? 0}
              y={(point) => y(point.value)}
              stroke="#1d70b8"
              strokeWidth={3}
            />
            {drawn.map((point) => (
              <g key={point.label}>
                <circle cx={x(point.label) ?? 0} cy={y(point.value)} r={5} fill="#1d70b8" />
                <text
                  x={x(point.label) ?? 0}
                  y={y(point.value) - 10}
                  textAnchor="middle"
                  fontSize={TEXT_FONT}
                  fontWeight="bold"
                  fill="#0b0c0c"
                >
                  {point.valueText}
                </text>
              </g>
            ))}
          </Group>
        </svg>
      </ChartFrame>
      <figcaption className="sr-only">{title}</figcaption>
    </figure>
  );
}
