import type { ReactElement, ReactNode } from 'react';
import { Typography } from 'antd';

/** The page's one h1, with optional actions on the right (they wrap below on phones). */
export function PageTitle({ children, extra, description }: { children: ReactNode; extra?: ReactNode; description?: ReactNode }): ReactElement {
  return (
    <div className="page-title">
      <div className="page-title-row">
        <Typography.Title level={1} style={{ margin: 0 }}>
          {children}
        </Typography.Title>
        {extra && <div className="page-title-extra">{extra}</div>}
      </div>
      {description && <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>{description}</Typography.Paragraph>}
    </div>
  );
}
