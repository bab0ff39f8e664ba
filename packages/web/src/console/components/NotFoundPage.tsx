import type { ReactElement } from 'react';
import { Button, Result, Typography } from 'antd';
import { Link } from 'react-router';

/** 页面不存在 in the console. */
export function NotFoundPage({ standalone = false }: { standalone?: boolean }): ReactElement {
  const body = (
    <Result
      status="404"
      title={<Typography.Title level={1} style={{ margin: 0 }}>页面不存在</Typography.Title>}
      subTitle="您访问的页面不存在，请从左侧菜单进入。"
      extra={
        <Link to="/console">
          <Button type="primary">返回工作台</Button>
        </Link>
      }
    />
  );
  return standalone ? <main>{body}</main> : body;
}
