// The one custom edge: a bezier painted by its state (invalid red, trace taken/not taken, diff
// added/removed), with the overlay's label (users who took it) and a width for funnel drawing.
import { BaseEdge, EdgeLabelRenderer, type EdgeProps, getBezierPath } from '@xyflow/react';
import { type CSSProperties, memo } from 'react';
import type { RuleFlowEdge } from '../model/flow';

const statusStroke: Record<string, string> = {
  taken: 'var(--mantine-color-green-6)',
  notTaken: 'var(--mantine-color-gray-4)',
  added: 'var(--mantine-color-green-6)',
  removed: 'var(--mantine-color-red-5)',
  same: 'var(--mantine-color-gray-5)',
};

function RuleEdgeView(props: EdgeProps<RuleFlowEdge>) {
  const { data, selected } = props;
  const [path, labelX, labelY] = getBezierPath(props);
  const issues = data?.issues ?? [];
  const overlay = data?.overlay;
  const invalid = issues.length > 0;
  const weight = overlay?.weight;
  const style: CSSProperties = {
    stroke: invalid
      ? 'var(--mantine-color-red-7)'
      : selected
        ? 'var(--mantine-color-indigo-6)'
        : ((overlay?.status && statusStroke[overlay.status]) ?? 'var(--mantine-color-gray-6)'),
    strokeWidth:
      weight !== undefined ? 1.5 + Math.max(0, Math.min(1, weight)) * 10 : selected || invalid ? 2.5 : 1.75,
    ...((overlay?.status === 'notTaken' || overlay?.status === 'removed') && { strokeDasharray: '6 4' }),
  };
  const label = invalid ? (selected ? issues[0]!.message : '!') : overlay?.label;
  return (
    <>
      <BaseEdge id={props.id} path={path} markerEnd={props.markerEnd} style={style} interactionWidth={16} />
      {label && (
        <EdgeLabelRenderer>
          <div
            className={invalid ? 'cf-edge-badge cf-invalid nodrag nopan' : 'cf-edge-badge nodrag nopan'}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            title={invalid ? issues.map((i) => i.message).join('\n') : undefined}
            role={invalid ? 'note' : undefined}
          >
            {label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const RuleEdge = memo(RuleEdgeView);
