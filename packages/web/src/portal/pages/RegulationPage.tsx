import type { ReactElement } from 'react';
import type { Regulation } from '../../api/types.js';
import { Link } from '../navigation.js';
import { usePublicData } from '../usePublicData.js';

/** 制度全文 — the regulation as published by the city CPPCC. */
export function RegulationPage(): ReactElement {
  const regulation = usePublicData<Regulation>('/api/public/regulation');
  return (
    <article className="card regulation">
      <nav aria-label="当前位置" className="breadcrumb">
        <Link href="/">首页</Link> <span aria-hidden="true">›</span> <span>制度全文</span>
      </nav>
      {regulation.status === 'ok' ? (
        <>
          <h1>{regulation.data.title}</h1>
          <p className="muted">来源：{regulation.data.source}</p>
          {regulation.data.paragraphs.map((text, index) => (
            <p key={index} className={/^第[一二三四五六七八九十]+条/.test(text) ? 'article' : undefined}>
              {text}
            </p>
          ))}
        </>
      ) : (
        <>
          <h1>临汾市政协“有事来商量”工作制度</h1>
          {regulation.status === 'loading' ? (
            <p className="state" role="status">正在加载…</p>
          ) : (
            <p className="state error" role="alert">{regulation.message}</p>
          )}
        </>
      )}
      <p>
        <Link href="/" className="button-link secondary">返回首页</Link>
      </p>
    </article>
  );
}
