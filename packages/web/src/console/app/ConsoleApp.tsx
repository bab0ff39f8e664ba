import type { ReactElement } from 'react';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { consoleTheme } from './theme.js';
import { queryClient } from './queryClient.js';
import { router } from './router.js';

dayjs.locale('zh-cn');

/** Providers of the admin console: antd in Chinese with the CPPCC theme, react-query, the router. */
export function ConsoleApp(): ReactElement {
  return (
    <ConfigProvider locale={zhCN} theme={consoleTheme}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
