import { useEffect, type ReactElement } from 'react';
import { Mark } from '../shared/Mark.js';
import { Link, usePathname } from './navigation.js';
import { HomePage } from './pages/HomePage.js';
import { RegulationPage } from './pages/RegulationPage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { ProposePage, ReceiptPage } from './pages/ProposePage.js';
import { TrackPage } from './pages/TrackPage.js';
import { RoomPage } from './pages/rooms/RoomPage.js';
import { RoomsPage } from './pages/rooms/RoomsPage.js';
import { CasePage } from './pages/cases/CasePage.js';
import { CasesPage } from './pages/cases/CasesPage.js';
import { LargeTextToggle } from './LargeTextToggle.js';

const pages: Readonly<Record<string, { title: string; render: () => ReactElement }>> = {
  '/': { title: '有事来商量 · 临汾市政协协商议事平台', render: () => <HomePage /> },
  '/regulation': { title: '制度全文 · 有事来商量', render: () => <RegulationPage /> },
  '/propose': { title: '我要提建议 · 有事来商量', render: () => <ProposePage /> },
  '/propose/receipt': { title: '提交成功 · 有事来商量', render: () => <ReceiptPage /> },
  '/track': { title: '查询办理进展 · 有事来商量', render: () => <TrackPage /> },
  '/rooms': { title: '网络协商 · 有事来商量', render: () => <RoomsPage /> },
  '/cases': { title: '典型案例 · 有事来商量', render: () => <CasesPage /> },
};

/** Pages with a record in the path: /rooms/:id. */
function pageOf(path: string): { title: string; render: () => ReactElement } | undefined {
  const room = /^\/rooms\/([\w-]{1,64})$/.exec(path);
  if (room) return { title: '网络议事厅 · 有事来商量', render: () => <RoomPage roomId={room[1]!} /> };
  const story = /^\/cases\/([\w-]{1,64})$/.exec(path);
  if (story) return { title: '典型案例 · 有事来商量', render: () => <CasePage caseId={story[1]!} /> };
  return pages[path];
}

/** The public portal: header with the mark, one page, footer. */
export function PortalApp(): ReactElement {
  const raw = usePathname();
  const path = raw.length > 1 ? raw.replace(/\/+$/, '') : raw;
  const page = pageOf(path);
  useEffect(() => {
    document.title = page ? page.title : '页面不存在 · 有事来商量';
  }, [page]);

  return (
    <div className="portal">
      <a className="skip-link" href="#main">跳到正文</a>
      <header className="portal-header">
        <div className="container header-inner">
          <div className="header-top">
            <Link href="/" className="brand">
              <Mark size={34} textColor="#fff" subtitle="临汾市政协协商议事平台" />
            </Link>
            <LargeTextToggle />
          </div>
          <nav aria-label="主导航" className="header-nav">
            <Link href="/" aria-current={path === '/' ? 'page' : undefined}>首页</Link>
            <Link href="/propose" aria-current={path.startsWith('/propose') ? 'page' : undefined}>我要提建议</Link>
            <Link href="/rooms" aria-current={path.startsWith('/rooms') ? 'page' : undefined}>网络协商</Link>
            <Link href="/cases" aria-current={path.startsWith('/cases') ? 'page' : undefined}>典型案例</Link>
            <Link href="/track" aria-current={path === '/track' ? 'page' : undefined}>查询进展</Link>
            <Link href="/regulation" aria-current={path === '/regulation' ? 'page' : undefined}>制度全文</Link>
          </nav>
        </div>
      </header>
      <main id="main" className="container portal-main" tabIndex={-1}>
        {page ? <page.render key={path} /> : <NotFoundPage />}
      </main>
      <footer className="portal-footer">
        <div className="container footer-inner">
          <p className="footer-org">中国人民政治协商会议临汾市委员会（临汾市政协）</p>
          <p className="footer-note">“有事来商量”协商议事平台 · 协商于民 协商为民</p>
          <p>
            <a className="footer-login" href="/console/login">工作人员登录</a>
          </p>
        </div>
      </footer>
    </div>
  );
}
