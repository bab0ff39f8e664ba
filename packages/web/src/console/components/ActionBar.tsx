import type { ReactElement } from 'react';
import { Button } from 'antd';

/** One button of a record's actions, and the dialog it opens. */
export interface ActionButton<D> {
  readonly key: string;
  readonly label: string;
  readonly primary?: boolean;
  readonly danger?: boolean;
  readonly open: D;
}

/** 可办理的操作 — a record's buttons (only those the server allowed), each opening its dialog; nothing when there are none. */
export function ActionBar<D>({ buttons, onOpen, className }: { buttons: readonly ActionButton<D>[]; onOpen: (dialog: D) => void; className?: string }): ReactElement | null {
  if (buttons.length === 0) return null;
  return (
    <div className={className ? `topic-actions ${className}` : 'topic-actions'} style={{ marginTop: 16 }} role="group" aria-label="可办理的操作">
      {buttons.map((b) => (
        <Button key={b.key} type={b.primary ? 'primary' : 'default'} danger={b.danger} onClick={() => onOpen(b.open)}>
          {b.label}
        </Button>
      ))}
    </div>
  );
}
