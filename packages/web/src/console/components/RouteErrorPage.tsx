import type { ReactElement } from 'react';
import { Button, Result, Typography } from 'antd';

/** Shown when a page fails to render. */
export function RouteErrorPage(): ReactElement {
  return (
    <main>
      <Result
        status="error"
        title={<Typography.Title level={1} style={{ margin: 0 }}>页面出现错误</Typography.Title>}
        subTitle="很抱歉，页面未能正常显示。请刷新页面重试；如果问题仍然存在，请联系系统管理员。"
        extra={<Button type="primary" onClick={() => window.location.assign('/console')}>返回工作台</Button>}
      />
    </main>
  );
}
