import { useEffect, useState, type ReactElement } from 'react';
import { apiGet } from '../../../api/client.js';
import { ApiError, errorMessage } from '../../../api/api-error.js';
import type { CaseView } from '../../../api/types.js';
import { Link } from '../../navigation.js';

type State = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ok'; data: CaseView };

const day = (at: string): string => at.slice(0, 10);

/** 典型案例 — one case as a readable story: the problem, the consultation, the suggestions, what departments did. */
export function CasePage({ caseId }: { caseId: string }): ReactElement {
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    let alive = true;
    apiGet<CaseView>(`/api/public/cases/${caseId}`).then(
      (data) => {
        if (!alive) return;
        setState({ status: 'ok', data });
        document.title = `${data.title} · 典型案例 · 有事来商量`;
      },
      (e: unknown) => alive && setState({ status: 'error', message: e instanceof ApiError && e.status === 404 ? '没有找到这个典型案例。' : errorMessage(e) }),
    );
    return () => {
      alive = false;
    };
  }, [caseId]);
  if (state.status === 'loading') return <p className="state">正在载入…</p>;
  if (state.status === 'error') return <p className="state error" role="alert">{state.message}</p>;
  const c = state.data;
  return (
    <>
      <section className="card" aria-labelledby="page-title">
        <p className="breadcrumb"><Link href="/cases">典型案例</Link> › {c.countyName}</p>
        <h1 id="page-title">{c.title}</h1>
        <p className="muted">{c.forms.join('、')} · {c.concludedOn} 办结</p>
        <h2>群众反映的问题</h2>
        <p className="room-background">{c.problem}</p>
      </section>
      <section className="card" aria-labelledby="consult-title">
        <h2 id="consult-title">怎样协商</h2>
        {c.consultations.map((k, i) => (
          <div key={i} className="topic-box">
            <p className="topic-box-title">{k.formLabel} · {day(k.startsAt)}{k.place ? ` · ${k.place}` : ''}</p>
            <p className="muted">参加：{k.participants.join('、')}</p>
            {k.responses.map((r, j) => <p key={j} className="answer-text">{r.orgName ? `${r.orgName}：` : ''}{r.content}</p>)}
          </div>
        ))}
        {c.photos.length ? (
          <ul className="case-photos" aria-label="现场照片">
            {c.photos.map((p) => <li key={p.id}><img src={p.url} alt={p.filename.replace(/\.[^.]+$/, '')} loading="lazy" /></li>)}
          </ul>
        ) : null}
        {c.room ? (
          <div className="topic-box">
            <p className="topic-box-title">网络议事厅 · {c.room.participantCount} 人参与 · {c.room.statementCount} 条观点</p>
            {c.room.consensus.length ? <p className="muted">大家的共识：{c.room.consensus.join('；')}</p> : null}
            <p><Link href={`/rooms/${c.room.id}`}>查看网络议事厅</Link></p>
          </div>
        ) : null}
      </section>
      {c.outcome ? (
        <section className="card" aria-labelledby="outcome-title">
          <h2 id="outcome-title">协商建议</h2>
          <p className="muted">{c.outcome.title}（{c.outcome.kindLabel}，{c.outcome.submittedOn} 报送）</p>
          <ol className="consensus-list">
            {c.outcome.suggestions.map((s) => <li key={s.seq}>{s.content}{s.departmentName ? <span className="muted">（{s.departmentName}）</span> : null}</li>)}
          </ol>
        </section>
      ) : null}
      {c.answers.length ? (
        <section className="card" aria-labelledby="answers-title">
          <h2 id="answers-title">部门怎样办理</h2>
          <ul className="answer-list">
            {c.answers.map((a) => (
              <li key={a.seq} className="answer-item">
                <p className="answer-head"><span className="answer-seq">第 {a.seq} 条</span><span className="answer-class">{a.resultClassLabel}</span></p>
                <p className="answer-dept">{a.departmentName}</p>
                <p className="answer-text">{a.text}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section className="card" aria-labelledby="steps-title">
        <h2 id="steps-title">办理经过</h2>
        <ol className="progress-list">
          {c.milestones.map((m, i) => (
            <li key={i} className="done"><span className="dot" aria-hidden="true">{i + 1}</span><div><p className="step-label">{m.label}</p><p className="step-meta">{day(m.at)}</p></div></li>
          ))}
        </ol>
      </section>
    </>
  );
}
