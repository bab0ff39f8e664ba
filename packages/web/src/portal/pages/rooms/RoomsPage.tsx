import { useEffect, useState, type ReactElement } from 'react';
import { apiGet } from '../../../api/client.js';
import { errorMessage } from '../../../api/api-error.js';
import type { RoomSummary } from '../../../api/types.js';
import { Link } from '../../navigation.js';
import { when } from './when.js';

type State = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ok'; items: RoomSummary[] };

function RoomCard({ room }: { room: RoomSummary }): ReactElement {
  return (
    <li className="room-card">
      <Link href={`/rooms/${room.id}`} className="room-card-link">
        <span className={`room-state room-state-${room.state}`}>{room.stateLabel}</span>
        <span className="room-card-title">{room.title}</span>
        <span className="muted">{room.countyName} · {room.participantCount} 人参与 · {room.statementCount} 条观点</span>
        <span className="muted">{when(room.opensAt)} 至 {when(room.closesAt)}</span>
      </Link>
    </li>
  );
}

/** 网络协商 — the open and past online consultation rooms of every county. */
export function RoomsPage(): ReactElement {
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    let alive = true;
    apiGet<{ items: RoomSummary[] }>('/api/rooms', { pageSize: 100 }).then(
      (page) => alive && setState({ status: 'ok', items: page.items }),
      (e: unknown) => alive && setState({ status: 'error', message: errorMessage(e) }),
    );
    return () => {
      alive = false;
    };
  }, []);
  const open = state.status === 'ok' ? state.items.filter((r) => r.state !== 'closed') : [];
  const past = state.status === 'ok' ? state.items.filter((r) => r.state === 'closed') : [];
  return (
    <>
      <section className="card" aria-labelledby="page-title">
        <h1 id="page-title">网络协商</h1>
        <p className="muted">线上线下互动、场内场外配合：对协商议题逐条表态、发表观点，有关部门在线回应。无需注册，打开即可参与。</p>
      </section>
      {state.status === 'loading' ? <p className="state">正在载入…</p> : null}
      {state.status === 'error' ? <p className="state error" role="alert">{state.message}</p> : null}
      {state.status === 'ok' ? (
        <>
          <section className="card" aria-labelledby="open-title">
            <h2 id="open-title">正在进行</h2>
            {open.length ? <ul className="room-list">{open.map((r) => <RoomCard key={r.id} room={r} />)}</ul> : <p className="muted">目前没有正在进行的网络协商。</p>}
          </section>
          <section className="card" aria-labelledby="past-title">
            <h2 id="past-title">往期协商</h2>
            {past.length ? <ul className="room-list">{past.map((r) => <RoomCard key={r.id} room={r} />)}</ul> : <p className="muted">暂无往期网络协商。</p>}
          </section>
        </>
      ) : null}
    </>
  );
}
