// The editor's side panels (simulate, replay, publish, versions, live counts), plugged into the rule
// editor page. This is a placeholder until the panels are written: no tabs, no header actions.
import type { ComponentType } from 'react';

export interface EditorTab {
  value: string;
  label: string;
  Panel: ComponentType<{ ruleId: string }>;
}

export const editorTabs: EditorTab[] = [];

export const EditorHeaderActions: ComponentType<{ ruleId: string }> = () => null;
