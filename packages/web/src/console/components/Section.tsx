import type { ReactElement, ReactNode } from 'react';
import { Card } from 'antd';

/** A titled card of a record's page (议题详情, 办件详情). */
export function Section({ title, children }: { title: string; children: ReactNode }): ReactElement {
  return (
    <Card title={<h2 className="card-title">{title}</h2>} style={{ marginBottom: 16 }}>
      {children}
    </Card>
  );
}
