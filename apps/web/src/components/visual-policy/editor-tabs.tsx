// The JSON | Visual tab strip of the policy editor. Its own lazy chunk (Cloudscape's Tabs), so the
// pages that show a policy editor load no more JavaScript up front than before the Visual tab.
import Tabs from '@cloudscape-design/components/tabs';
import type { ReactNode } from 'react';

export type EditorTab = 'json' | 'visual';

interface EditorTabsProps {
  ariaLabel: string;
  active: EditorTab;
  onChange: (tab: EditorTab) => void;
  json: ReactNode;
  visual: ReactNode;
}

export function EditorTabs({ ariaLabel, active, onChange, json, visual }: EditorTabsProps) {
  return (
    <Tabs
      ariaLabel={ariaLabel}
      activeTabId={active}
      onChange={({ detail }) => onChange(detail.activeTabId as EditorTab)}
      disableContentPaddings
      tabs={[
        { id: 'json', label: 'JSON', content: json },
        { id: 'visual', label: 'Visual', content: visual },
      ]}
    />
  );
}
