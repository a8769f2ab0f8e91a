// Page-level flash messages ("User alice created"), shown by the console layout's Flashbar.
import type { FlashbarProps } from '@cloudscape-design/components/flashbar';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export interface Notice {
  type: 'success' | 'error' | 'warning' | 'info';
  header?: ReactNode;
  content?: ReactNode;
}

interface NotificationsValue {
  items: FlashbarProps.MessageDefinition[];
  notify: (notice: Notice) => void;
  clear: () => void;
}

const NotificationsContext = createContext<NotificationsValue | null>(null);

let nextId = 0;

export function NotificationsProvider({ children }: { children: ReactNode }) {
  const [items, setItems] = useState<FlashbarProps.MessageDefinition[]>([]);
  const dismiss = useCallback((id: string) => setItems((all) => all.filter((item) => item.id !== id)), []);
  const notify = useCallback(
    (notice: Notice) => {
      const id = `notice-${++nextId}`;
      const item: FlashbarProps.MessageDefinition = {
        id,
        ...notice,
        dismissible: true,
        dismissLabel: 'Dismiss message',
        onDismiss: () => dismiss(id),
      };
      // The newest message first; older ones of the same kind are kept until dismissed.
      setItems((all) => [item, ...all].slice(0, 5));
    },
    [dismiss],
  );
  const clear = useCallback(() => setItems([]), []);
  const value = useMemo(() => ({ items, notify, clear }), [items, notify, clear]);
  return <NotificationsContext.Provider value={value}>{children}</NotificationsContext.Provider>;
}

export function useNotifications(): NotificationsValue {
  const value = useContext(NotificationsContext);
  if (!value) throw new Error('useNotifications is used outside NotificationsProvider');
  return value;
}
