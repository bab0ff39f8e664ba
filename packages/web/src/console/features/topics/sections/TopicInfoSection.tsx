import type { ReactElement } from 'react';
import { Descriptions } from 'antd';
import type { Topic } from '../../../../api/types.js';
import { orDash } from '../../../components/format.js';
import { Section } from '../../../components/Section.js';

/** 议题情况 — description, sources and who is responsible. */
export function TopicInfoSection({ topic }: { topic: Topic }): ReactElement {
  return (
    <Section title="议题情况">
      <Descriptions
        column={{ xs: 1, md: 2 }}
        size="small"
        items={[
          { key: 'desc', label: '议题说明', span: 'filled', children: <div className="pre-wrap">{topic.description}</div> },
          { key: 'src', label: '来源', children: topic.sourceLabels.length ? topic.sourceLabels.join('、') : '—' },
          { key: 'plan', label: '年度计划', children: orDash(topic.planTitle) },
          { key: 'vice', label: '分管副主席', children: orDash(topic.leadViceChair) },
          { key: 'sg', label: '协调秘书长', children: orDash(topic.secretaryGeneral) },
          { key: 'unit', label: '承办专委会/办公室', children: orDash(topic.ownerUnit) },
        ]}
      />
    </Section>
  );
}
