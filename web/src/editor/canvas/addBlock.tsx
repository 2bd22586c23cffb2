// Adding a block from the palette: dropped at the pointer (HTML5 drag and drop) or, on click or
// keyboard, at the centre of the visible canvas. The canvas registers its frame element here.
import { useReactFlow } from '@xyflow/react';
import { type ReactNode, type RefObject, createContext, useContext, useRef } from 'react';
import { initialArgs, useCatalogue } from '../model/catalogue';
import { DEFAULT_NODE_SIZE } from '../model/layout';
import { useEditorActions, useEditorStore } from '../model/store';

/** The MIME type a palette item carries while it is dragged. */
export const BLOCK_MIME = 'application/x-couponflow-block';

const CanvasFrameContext = createContext<RefObject<HTMLDivElement | null> | null>(null);

export function CanvasFrameProvider({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement | null>(null);
  return <CanvasFrameContext.Provider value={ref}>{children}</CanvasFrameContext.Provider>;
}

export function useCanvasFrame(): RefObject<HTMLDivElement | null> {
  const ref = useContext(CanvasFrameContext);
  if (!ref) throw new Error('useCanvasFrame must be used inside a CanvasFrameProvider');
  return ref;
}

/** Adds a block at a screen point (default: the centre of the canvas); returns the new node id. */
export function useAddBlock(): (code: string, at?: { x: number; y: number }) => string | undefined {
  const frame = useCanvasFrame();
  const { screenToFlowPosition } = useReactFlow();
  const { byCode } = useCatalogue();
  const store = useEditorStore();
  const actions = useEditorActions();
  return (code, at) => {
    const entry = byCode.get(code);
    const rect = frame.current?.getBoundingClientRect();
    if (!entry || !rect || store.getState().overlay?.graph) return undefined;
    const screen = at ?? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    const p = screenToFlowPosition(screen);
    let position = { x: p.x - DEFAULT_NODE_SIZE.width / 2, y: p.y - DEFAULT_NODE_SIZE.height / 2 };
    // Keep the whole block in view (a drop near an edge would hide half of it).
    const topLeft = screenToFlowPosition({ x: rect.left, y: rect.top });
    const bottomRight = screenToFlowPosition({ x: rect.right, y: rect.bottom });
    const margin = 12;
    position = {
      x: Math.max(topLeft.x + margin, Math.min(position.x, bottomRight.x - DEFAULT_NODE_SIZE.width - margin)),
      y: Math.max(
        topLeft.y + margin,
        Math.min(position.y, bottomRight.y - DEFAULT_NODE_SIZE.height - margin),
      ),
    };
    if (!at) {
      // Clicked twice: do not stack blocks exactly on top of each other.
      const taken = store.getState().graph.nodes.map((n) => n.position);
      const near = (q: { x: number; y: number }) =>
        taken.some((t) => Math.abs(t.x - q.x) < 24 && Math.abs(t.y - q.y) < 24);
      for (let i = 0; i < 20 && near(position); i++) position = { x: position.x + 32, y: position.y + 32 };
    }
    return actions.addNode(code, position, initialArgs(entry));
  };
}
