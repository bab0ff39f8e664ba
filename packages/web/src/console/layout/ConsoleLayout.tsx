import { useEffect, useState, type ReactElement } from 'react';
import { App, Button, Drawer, Grid, Layout, Menu, Result, Spin, Typography } from 'antd';
import { MenuOutlined } from '@ant-design/icons';
import { Link, Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { Mark } from '../../shared/Mark.js';
import { ApiError, errorMessage } from '../../api/api-error.js';
import { loginPathFrom } from '../../api/client.js';
import type { Me } from '../../api/types.js';
import { useLogout, useMe } from '../features/auth/hooks.js';
import { MENU_ENTRIES, menuKeyOf } from './menu.js';
import { OrgSwitcher } from './OrgSwitcher.js';
import { UserBox } from './UserBox.js';
import { NotificationBell } from '../features/notifications/NotificationBell.js';
import { HeaderSearch } from '../features/search/HeaderSearch.js';

const { Header, Sider, Content } = Layout;

/** The console frame: header with the mark, side menu (a drawer on phones), page content. */
export function ConsoleLayout(): ReactElement {
  const me = useMe();
  const location = useLocation();
  const screens = Grid.useBreakpoint();
  const [drawerOpen, setDrawerOpen] = useState(false);
  useEffect(() => setDrawerOpen(false), [location.pathname]);

  if (me.isPending) {
    return (
      <div className="center-screen" role="status">
        <Spin size="large" />
        <span>正在加载…</span>
      </div>
    );
  }
  if (me.isError) {
    if (me.error instanceof ApiError && me.error.status === 401) return <Navigate to={loginPathFrom(location)} replace />;
    return (
      <main className="center-screen">
        <Result
          status="warning"
          title={<Typography.Title level={1} style={{ margin: 0 }}>无法连接服务器</Typography.Title>}
          subTitle={errorMessage(me.error)}
          extra={<Button type="primary" onClick={() => void me.refetch()}>重试</Button>}
        />
      </main>
    );
  }
  const user = me.data;
  if (user.mustChangePassword && location.pathname !== '/console/password') {
    return <Navigate to="/console/password" replace />;
  }
  const forced = user.mustChangePassword;
  const pageKey = menuKeyOf(location.pathname, user.menu);
  const isDesktop = screens.lg === true;
  const navMenu = forced ? null : <SideMenu me={user} />;

  return (
    <Layout className="console">
      <a className="skip-link" href="#console-main">跳到正文</a>
      <Header className="console-header">
        {!isDesktop && navMenu && (
          <Button
            type="text"
            className="header-icon-button"
            aria-label="打开菜单"
            icon={<MenuOutlined />}
            onClick={() => setDrawerOpen(true)}
          />
        )}
        <Link to="/console" className="console-brand" title="返回工作台">
          <Mark size={32} textColor="#fff" subtitle={screens.sm ? '协商议事平台' : undefined} />
        </Link>
        <div className="header-spacer" />
        {isDesktop && user.organisations.length > 1 && !forced && <OrgSwitcher me={user} />}
        {!forced && <HeaderSearch compact={!isDesktop} />}
        {!forced && <NotificationBell />}
        <UserBox me={user} compact={!isDesktop} />
      </Header>
      <Layout>
        {isDesktop && navMenu && (
          <Sider width={208} className="console-sider" theme="light">
            {navMenu}
          </Sider>
        )}
        <Content id="console-main" className="console-content" tabIndex={-1}>
          {pageKey && !user.menu.includes(pageKey) ? <NoAccess /> : <Outlet />}
        </Content>
      </Layout>
      {!isDesktop && navMenu && (
        <Drawer
          title={<Mark size={34} subtitle="协商议事平台" />}
          placement="left"
          size={280}
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          styles={{ body: { padding: 0 } }}
        >
          {user.organisations.length > 1 && (
            <div className="drawer-switcher">
              <OrgSwitcher me={user} block />
            </div>
          )}
          {navMenu}
          <DrawerLogout />
        </Drawer>
      )}
    </Layout>
  );
}

function SideMenu({ me }: { me: Me }): ReactElement {
  const navigate = useNavigate();
  const location = useLocation();
  const selected = menuKeyOf(location.pathname, me.menu);
  const entries = MENU_ENTRIES.filter((e) => me.menu.includes(e.key));
  return (
    <nav aria-label="主菜单">
      <Menu
        mode="inline"
        selectedKeys={selected ? [selected] : []}
        style={{ borderInlineEnd: 'none' }}
        items={entries.map((e) => ({ key: e.key, icon: e.icon, label: e.label }))}
        onClick={({ key }) => {
          const entry = entries.find((e) => e.key === key);
          if (entry) navigate(entry.path);
        }}
      />
    </nav>
  );
}

function DrawerLogout(): ReactElement {
  const logout = useLogout();
  const navigate = useNavigate();
  const { message } = App.useApp();
  return (
    <div className="drawer-logout">
      <Button
        block
        loading={logout.isPending}
        onClick={() =>
          logout.mutate(undefined, {
            onSettled: () => {
              message.success('已退出登录');
              navigate('/console/login', { replace: true });
            },
          })
        }
      >
        退出登录
      </Button>
    </div>
  );
}

/** Shown instead of a page the user's menu does not include. */
function NoAccess(): ReactElement {
  return (
    <Result
      status="403"
      title={<Typography.Title level={1} style={{ margin: 0 }}>无权访问此页面</Typography.Title>}
      subTitle="您当前的角色不能使用此功能。如需开通，请联系本级政协办公室。"
      extra={
        <Link to="/console">
          <Button type="primary">返回工作台</Button>
        </Link>
      }
    />
  );
}
