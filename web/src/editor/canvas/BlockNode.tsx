// The one custom node (STYLE item 14): a block with its category colour, label, a one-line summary of
// its args, the first validation message, the overlay a panel painted (trace, diff, counts) and its
// handles: one input unless the block takes none, one labelled output per port. Wrapped in memo; the
// flow mapping hands it new data only when something it shows changed.
import { Handle, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import type { BlockFlowNode } from '../model/flow';

const categoryNames: Record<BlockFlowNode['data']['category'], string> = {
  trigger: 'Trigger',
  condition: 'Condition',
  logic: 'Logic',
  split: 'Split',
  action: 'Action',
  unknown: 'Unknown block',
};

const statusNames: Record<string, string> = {
  passed: 'Passed',
  failed: 'Failed',
  notReached: 'Not reached',
  added: 'Added',
  removed: 'Removed',
  changed: 'Changed',
  same: 'Unchanged',
};

const numberFormat = new Intl.NumberFormat();

function BlockNodeView({ data }: NodeProps<BlockFlowNode>) {
  const { issues, overlay, outputs, label } = data;
  const invalid = issues.length > 0;
  const className = ['cf-node', invalid && 'cf-invalid', data.focused && 'cf-focused']
    .filter(Boolean)
    .join(' ');
  const hasInput = data.input !== 'none' || data.inputStray;
  return (
    <div
      className={className}
      data-category={data.category}
      data-status={overlay?.status}
      data-testid={`block-${data.nodeId}`}
      title={invalid ? issues.map((i) => i.message).join('\n') : undefined}
    >
      {hasInput && (
        <Handle
          type="target"
          position={Position.Left}
          className={data.input === 'none' ? 'cf-stray' : undefined}
          aria-label={`Input of ${label}`}
          title={data.input === 'operands' ? 'Operands: connect the conditions to combine' : 'Input'}
        />
      )}
      <div className="cf-node-head">
        <span className="cf-node-kind">{categoryNames[data.category]}</span>
        <span className="cf-node-id">{data.nodeId}</span>
      </div>
      <div className="cf-node-label">{label}</div>
      {data.category !== 'logic' && (
        <div className={data.summary ? 'cf-node-summary' : 'cf-node-summary cf-empty'}>
          {data.summary || (data.category === 'unknown' ? data.code : 'Not set up yet')}
        </div>
      )}
      {invalid && (
        <div className="cf-node-issue" role="note">
          {data.message}
          {issues.length > 1 && ` (+${issues.length - 1} more)`}
        </div>
      )}
      {overlay && (overlay.status || overlay.count !== undefined || overlay.note) && (
        <div className="cf-node-overlay">
          {overlay.status && <span className="cf-status">{statusNames[overlay.status]}</span>}
          {overlay.count !== undefined && (
            <span className="cf-count" aria-label={`${overlay.count} users`}>
              {numberFormat.format(overlay.count)} users
            </span>
          )}
          {overlay.note && <span className="cf-note">{overlay.note}</span>}
        </div>
      )}
      <div className="cf-node-ports">
        <div className="cf-node-outputs">
          {outputs.map((handle) => (
            <div key={handle.id} className={handle.stray ? 'cf-port cf-stray' : 'cf-port'}>
              {handle.label}
              <Handle
                type="source"
                position={Position.Right}
                id={handle.id}
                data-port={handle.id}
                className={handle.stray ? 'cf-stray' : undefined}
                aria-label={`${handle.label || 'Output'} output of ${label}`}
                title={handle.stray ? `Not a port of this block: ${handle.id}` : handle.label || 'Output'}
              />
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}

export const BlockNode = memo(BlockNodeView);
