import type { ReactElement } from 'react';
import { Empty, List, Typography } from 'antd';
import { Link } from 'react-router';
import type { HandlingItem, Topic } from '../../../../api/types.js';
import { SoftTag } from '../../../components/SoftTag.js';
import { usePolicy } from '../../../components/usePolicy.js';
import { CountdownTag, ItemStateTag, RatingTag, roundText } from '../../handling/parts.js';
import { HandlingSheet } from '../HandlingSheet.js';
import { Section } from '../../../components/Section.js';

/** 建议办理 — each suggestion of the outcome with its state, lead department, countdown and latest rating. */
export function HandlingSection({ topic, items }: { topic: Topic; items: readonly HandlingItem[] }): ReactElement {
  const { canOpen: opens, canOn } = usePolicy();
  // 办理表: the server sends handling.manage with the topic when this user may export and import it.
  const office = canOn(topic, 'handling.manage');
  // The item page is reached from either of these pages (see menuKeyOf).
  const canOpen = opens('handling') || opens('my_items');
  const settled = items.filter((i) => i.state === 'settled').length;
  return (
    <Section title={`建议办理（已办结 ${settled} / ${items.length}）`}>
      {office && items.length > 0 && <HandlingSheet topic={topic} />}
      {items.length === 0 ? (
        <Empty description="暂无需要办理的建议" />
      ) : (
        <List
          className="handling-list"
          dataSource={[...items].sort((a, b) => a.seq - b.seq)}
          renderItem={(i) => (
            <List.Item key={i.id}>
              <div className="my-item">
                <div className="item-card-content">
                  {canOpen ? <Link to={`/console/handling/items/${i.id}`}>第 {i.seq} 条：{i.content}</Link> : `第 ${i.seq} 条：${i.content}`}
                </div>
                <span className="topic-flags">
                  <ItemStateTag state={i.state} />
                  <CountdownTag item={i} />
                  {i.round > 1 && <SoftTag tone="orange">{roundText(i.round)}</SoftTag>}
                  <RatingTag rating={i.latestRating} label={i.latestRatingLabel} />
                  <Typography.Text type="secondary">主办：{i.leadDepartmentName ?? '未交办'}</Typography.Text>
                </span>
              </div>
            </List.Item>
          )}
        />
      )}
    </Section>
  );
}
