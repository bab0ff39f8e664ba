import type { ReactElement } from 'react';
import { Typography } from 'antd';
import type { HandlingItemDetail } from '../../../../api/types.js';

/** The suggestion the dialog is about. */
export function About({ item }: { item: HandlingItemDetail }): ReactElement {
  return (
    <Typography.Paragraph type="secondary" ellipsis={{ rows: 3, expandable: true, symbol: '展开' }}>
      第 {item.seq} 条建议：{item.content}
    </Typography.Paragraph>
  );
}
