// A forest plot: one row per estimate, its 95 % interval as a bar from low to high, the estimate as a
// dot and a line at zero (no effect). Recharts directly: @mantine/charts has no interval chart.
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { type IntervalPoint, intervalTicks } from './intervals';

export function IntervalChart({
  points,
  format,
  labelWidth = 170,
}: {
  points: readonly IntervalPoint[];
  format: (v: number) => string;
  labelWidth?: number;
}) {
  const data = points.map((p) => ({ ...p, range: [p.low, p.high] as [number, number] }));
  const ticks = intervalTicks(points);
  return (
    <ResponsiveContainer width="100%" height={48 + points.length * 44}>
      <ComposedChart layout="vertical" data={data} margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid horizontal={false} strokeDasharray="3 3" />
        <XAxis
          type="number"
          domain={[ticks[0]!, ticks[ticks.length - 1]!]}
          ticks={ticks}
          tickFormatter={format}
          fontSize={12}
        />
        <YAxis type="category" dataKey="label" width={labelWidth} fontSize={12} />
        <ReferenceLine x={0} stroke="var(--mantine-color-gray-7)" strokeWidth={1.5} />
        <Tooltip
          formatter={(value, name) =>
            Array.isArray(value)
              ? [`${format(Number(value[0]))} to ${format(Number(value[1]))}`, '95 % interval']
              : [format(Number(value)), name === 'estimate' ? 'estimate' : String(name)]
          }
        />
        <Bar dataKey="range" barSize={10} fill="var(--mantine-color-blue-3)" isAnimationActive={false} />
        <Line
          dataKey="estimate"
          stroke="none"
          dot={{ r: 5, fill: 'var(--mantine-color-blue-8)', stroke: 'white', strokeWidth: 1 }}
          activeDot={false}
          isAnimationActive={false}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
