import type { ReactElement } from 'react';
import { Link } from '../navigation.js';

/** Shown for any portal path that is not a page. */
export function NotFoundPage(): ReactElement {
  return (
    <section className="card">
      <h1>页面不存在</h1>
      <p>您访问的页面不存在或已移除。</p>
      <p>
        <Link href="/" className="button-link">返回首页</Link>
      </p>
    </section>
  );
}
