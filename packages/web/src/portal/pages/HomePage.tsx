import type { ReactElement } from 'react';
import type { PublicContactPoint, PublicCounty } from '../../api/types.js';
import { Link } from '../navigation.js';
import { usePublicData } from '../usePublicData.js';

/** 协商流程 — the steps of 第四条(二)～(五), as plain text. */
const STEPS: readonly { readonly name: string; readonly text: string }[] = [
  { name: '选题', text: '通过委员荐题、党委政府点题和向社会公开征集，选择切口小、关联广、与群众切身利益密切相关的议题。' },
  { name: '审定', text: '选题由县（市、区）政协主席会议审议通过，报县（市、区）党委审定。' },
  { name: '调研', text: '坚持“不调研不协商”，组织委员深入一线查实情、听民声、出真知。' },
  { name: '协商', text: '运用会议协商、网络协商、现场协商等形式，面对面沟通、线上线下互动，凝聚共识。' },
  { name: '成果报送', text: '汇总整理意见建议，以协商建议、纪要等形式报送党委政府，推动成果转化。' },
  { name: '办理反馈', text: '党政机关部门办理协商意见建议，并在一定期限内向政协书面反馈。' },
  { name: '跟踪问效', text: '通过民主监督、调研视察、民主评议等活动跟踪后续情况，推动协商成果落到实处。' },
];

/** 门户首页 — what 有事来商量 is, how it works, where it happens. */
export function HomePage(): ReactElement {
  return (
    <>
      <section className="hero" aria-labelledby="page-title">
        <h1 id="page-title">有事来商量</h1>
        <p className="hero-lead">协商于民　协商为民</p>
        <p>
          “有事来商量”是在政协系统中开展的一项议事协商活动：由政协搭建平台，政协委员、有关部门、单位负责人、基层干部、群众代表共同参与，经过沟通协商，解决问题。它是协商于民、协商为民的重要载体，是党委政府问政于民、问计于民、问需于民的重要方式。
        </p>
        <p className="hero-source">—— 摘自《临汾市政协“有事来商量”工作制度》第四条</p>
        <p className="hero-actions">
          <Link href="/propose" className="button-link">我要提建议</Link>
          <Link href="/track" className="button-link secondary">查询办理进展</Link>
        </p>
      </section>

      <section className="card" aria-labelledby="topics-title">
        <h2 id="topics-title">商量什么</h2>
        <p>契合党政所需、群众所盼、政协所能，聚焦三类事项：</p>
        <ul className="tags">
          <li><strong>要事</strong>党政关注的重要政策措施和重点工作</li>
          <li><strong>实事</strong>民生改善、群众迫切要求解决的问题</li>
          <li><strong>难事</strong>社会治理中的难点问题</li>
        </ul>
        <p className="muted">不议有悖于公序良俗的、法规明文规定的以及个体利益纠纷之事。</p>
      </section>

      <section className="card" aria-labelledby="steps-title">
        <h2 id="steps-title">怎样商量</h2>
        <ol className="steps">
          {STEPS.map((step, index) => (
            <li key={step.name}>
              <span className="step-no" aria-hidden="true">{index + 1}</span>
              <div>
                <h3>{step.name}</h3>
                <p>{step.text}</p>
              </div>
            </li>
          ))}
        </ol>
      </section>

      <CountiesSection />
      <ContactPointsSection />

      <section className="card" aria-labelledby="regulation-title">
        <h2 id="regulation-title">工作制度</h2>
        <p>平台依据《临汾市政协“有事来商量”工作制度》运行，制度对协商内容、议题、流程、建议办理、跟踪问效等作出规定。</p>
        <p>
          <Link href="/regulation" className="button-link">制度全文</Link>
        </p>
      </section>
    </>
  );
}

function CountiesSection(): ReactElement {
  const counties = usePublicData<{ items: PublicCounty[] }>('/api/public/counties');
  return (
    <section className="card" aria-labelledby="counties-title">
      <h2 id="counties-title">各县（市、区）</h2>
      <p className="muted">全市各县（市、区）政协均已创建“有事来商量”平台。</p>
      {counties.status === 'loading' && <p className="state" role="status">正在加载…</p>}
      {counties.status === 'error' && <p className="state error" role="alert">{counties.message}</p>}
      {counties.status === 'ok' &&
        (counties.data.items.length === 0 ? (
          <p className="state">暂无数据</p>
        ) : (
          <ul className="county-grid">
            {counties.data.items.map((county) => (
              <li key={county.id}>
                <span className="county-name">{county.regionName ?? county.name}</span>
                <span className="county-meta">{county.name}</span>
                {county.townshipCount > 0 && (
                  <span className="county-meta">
                    乡镇（街道）{county.townshipCount} 个<br />
                    村（社区）{county.villageCount} 个
                  </span>
                )}
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}

function ContactPointsSection(): ReactElement {
  const points = usePublicData<{ items: PublicContactPoint[] }>('/api/public/contact-points');
  return (
    <section className="card" aria-labelledby="points-title">
      <h2 id="points-title">工作联系点</h2>
      <p className="muted">充分发挥“有事来商量”工作联系点的示范作用，市政协可专题赴联系点调研、座谈，直接听取意见。</p>
      {points.status === 'loading' && <p className="state" role="status">正在加载…</p>}
      {points.status === 'error' && <p className="state error" role="alert">{points.message}</p>}
      {points.status === 'ok' &&
        (points.data.items.length === 0 ? (
          <p className="state">暂无工作联系点</p>
        ) : (
          <ul className="point-list">
            {points.data.items.map((point) => (
              <li key={point.id}>
                <span className="point-name">{point.name}</span>
                <span className="point-county">
                  {point.address ?? point.countyName ?? '所在县（市、区）待补充'}
                </span>
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}
