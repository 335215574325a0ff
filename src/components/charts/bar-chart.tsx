import { useId } from "react";
import { scaleBand, scaleLinear } from "@visx/scale";
import { Bar } from "@visx/shape";
import { Group } from "@visx/group";
import { AxisBottom } from "@visx/axis";
import { ChartFrame } from "./chart-frame";

export type BarDatum = {
  label: string;
  /** Null draws an outlined empty bar, labelled with `valueText`. */
  value: number | null;
  /** What is written at the end of the bar, e.g. "3" or "12 of 50". */
  valueText: string;
};

/**
 * A horizontal bar chart: titled, described, every bar labelled with its value in text, so the
 * chart never depends on colour or on reading the axis. Pair it with a table of the same numbers.
 */
export function BarChart({
  title,
  description,
  data,
  max,
  ticks = 4,
}: {
  title: string;
  description: string;
  data: BarDatum[];
  max: number;
  ticks?: number;
}) {
  const id = useId();
  // Drawn about the size it is shown at (a dashboard tile is some 450 px wide), so the text is not
  // scaled down below a readable size: 15 px labels and 14 px axis numbers at that width, never
  // under 12 px; the figure's width is capped so it is not blown up either.
  const width = 480;
  const AXIS_FONT = 14;
  const labelWidth = 220;
  const rowHeight = 30;
  const margin = { top: 8, right: 80, bottom: 32 };
  const maxLabel = Math.floor((labelWidth - 8) / 7.5);
  const innerWidth = width - labelWidth - margin.right;
  const innerHeight = data.length * rowHeight;
  const x = scaleLinear<number>({ domain: [0, max], range: [0, innerWidth] });
  const y = scaleBand<string>({ domain: data.map((datum) => datum.label), range: [0, innerHeight], padding: 0.25 });
  return (
    <figure className="mb-4 max-w-xl">
      <ChartFrame width={width} smallestFont={AXIS_FONT} label={title}>
        <svg
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
          viewBox={`0 0 ${width} ${innerHeight + margin.top + margin.bottom}`}
          className="h-auto w-full"
        >
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{description}</desc>
          <Group top={margin.top} left={labelWidth}>
            {data.map((datum) => {
              const top = y(datum.label) ?? 0;
              const length = datum.value === null ? 0 : x(Math.max(0, Math.min(max, datum.value)));
              return (
                <g key={datum.label}>
                  <text
                    x={-8}
                    y={top + y.bandwidth() / 2}
                    textAnchor="end"
                    dominantBaseline="middle"
                    fontSize={15}
                    fill="#0b0c0c"
                  >
                    {datum.label.length > maxLabel ? `${datum.label.slice(0, maxLabel - 1)}…` : datum.label}
                  </text>
                  {datum.value === null ? (
                    <rect
                      x={0}
                      y={top}
                      width={innerWidth}
                      height={y.bandwidth()}
                      fill="none"
                      stroke="#505a5f"
                      strokeDasharray="4 3"
                    />
                  ) : (
                    <Bar x={0} y={top} width={length} height={y.bandwidth()} fill="#1d70b8" />
                  )}
                  <text
                    x={(datum.value === null ? innerWidth : length) + 6}
                    y={top + y.bandwidth() / 2}
                    dominantBaseline="middle"
                    fontSize={15}
                    fontWeight="bold"
                    fill="#0b0c0c"
                  >
                    {datum.valueText}
                  </text>
                </g>
              );
            })}
            <AxisBottom
              top={innerHeight}
              scale={x}
              numTicks={ticks}
              stroke="#505a5f"
              tickStroke="#505a5f"
              tickLabelProps={{ fontSize: AXIS_FONT, fill: "#0b0c0c" }}
            />
          </Group>
        </svg>
      </ChartFrame>
      <figcaption className="sr-only">{title}</figcaption>
    </figure>
  );
}
