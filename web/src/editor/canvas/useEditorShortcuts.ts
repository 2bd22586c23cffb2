// Editor keyboard shortcuts on the page (not while typing in a field): undo Ctrl/⌘+Z, redo
// Ctrl/⌘+Shift+Z or Ctrl+Y, copy Ctrl/⌘+C and paste Ctrl/⌘+V. Delete/Backspace is React Flow's.
import { useHotkeys } from '@mantine/hooks';
import { useEditorStore } from '../model/store';

const hasTextSelection = () => {
  const s = globalThis.getSelection?.();
  return !!s && !s.isCollapsed && s.toString().length > 0;
};

export function useEditorShortcuts(): void {
  const store = useEditorStore();
  const editable = () => !store.getState().overlay?.graph;
  useHotkeys([
    ['mod+Z', () => editable() && store.getState().actions.undo()],
    ['mod+shift+Z', () => editable() && store.getState().actions.redo()],
    ['ctrl+Y', () => editable() && store.getState().actions.redo()],
    [
      'mod+C',
      (event) => {
        if (store.getState().selection.nodes.length === 0 || hasTextSelection()) return;
        event.preventDefault();
        store.getState().actions.copy();
      },
      { preventDefault: false },
    ],
    [
      'mod+V',
      (event) => {
        if (!editable() || !store.getState().canPaste) return;
        event.preventDefault();
        store.getState().actions.paste();
      },
      { preventDefault: false },
    ],
  ]);
}
