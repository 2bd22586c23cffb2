// The editor's side panels (simulate, replay, versions, live counts) and its header actions (status,
// mode, pause/resume, publish), plugged into the rule editor page. Panels read the document from the
// editor store and paint on the canvas only through overlays (model/contract.ts).
import type { ComponentType } from 'react';
import { HeaderActions } from './HeaderActions';
import { LivePanel } from './LivePanel';
import { ReplayPanel } from './ReplayPanel';
import { SimulatePanel } from './SimulatePanel';
import { VersionsPanel } from './VersionsPanel';

export interface EditorTab {
  value: string;
  label: string;
  Panel: ComponentType<{ ruleId: string }>;
}

export const editorTabs: EditorTab[] = [
  { value: 'simulate', label: 'Simulate', Panel: SimulatePanel },
  { value: 'replay', label: 'Replay', Panel: ReplayPanel },
  { value: 'versions', label: 'Versions', Panel: VersionsPanel },
  { value: 'live', label: 'Live', Panel: LivePanel },
];

export const EditorHeaderActions: ComponentType<{ ruleId: string }> = HeaderActions;
