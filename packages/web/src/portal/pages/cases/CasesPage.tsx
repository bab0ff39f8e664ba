import { useEffect, useState, type ReactElement } from 'react';
import { apiGet } from '../../../api/client.js';
import { errorMessage } from '../../../api/api-error.js';
import type { CaseSummary } from '../../../api/types.js';
import { Link } from '../../navigation.js';

type State = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ok'; items: CaseSummary[] };

/** 典型案例 (第七条) — how problems were settled by consultation, county by county. */
export function CasesPage(): ReactElement {
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    let alive = true;
    apiGet<{ items: CaseSummary[] }>('/api/public/cases').then(
      (r) => alive && setState({ status: 'ok', items: r.items }),
      (e: unknown) => alive && setState({ status: 'error', message: errorMessage(e) }),
    );
    return () => {
      alive = false;
    };
  }, []);
  const counties = state.status === 'ok' ? [...new Set(state.items.map((c) => c.countyName))] : [];
  return (
    <>
      <section className="card" aria-labelledby="page-title">
        <h1 id="page-title">典型案例</h1>
        <p className="muted">“有事来商量”协商议事的典型案例：群众身边的问题怎样提出、怎样协商、部门怎样办理落实。</p>
      </section>
      {state.status === 'loading' ? <p className="state">正在载入…</p> : null}
      {state.status === 'error' ? <p className="state error" role="alert">{state.message}</p> : null}
      {state.status === 'ok' && state.items.length === 0 ? <p className="state">暂无公开的典型案例。</p> : null}
      {counties.map((county) => (
        <section key={county} className="card" aria-label={county}>
          <h2>{county}</h2>
          <ul className="room-list">
            {state.status === 'ok' &&
              state.items
                .filter((c) => c.countyName === county)
                .map((c) => (
                  <li key={c.id}>
                    <Link href={`/cases/${c.id}`} className="room-card-link">
                      <span className="room-card-title">{c.title}</span>
                      <span className="muted">{c.summary}</span>
                      <span className="muted">{c.forms.join('、')} · {c.suggestionCount} 条协商建议 · {c.concludedOn} 办结</span>
                    </Link>
                  </li>
                ))}
          </ul>
        </section>
      ))}
    </>
  );
}
