import type { ReactElement } from 'react';
import { Checkbox, Form, Select } from 'antd';
import { TOPIC_CATEGORIES, TOPIC_CATEGORY_LABELS, TOPIC_FIELDS, TOPIC_FIELD_LABELS } from '@shangliang/core';
import { clean } from '../../components/clean.js';
import { ChoiceField, TextField } from '../../components/FormFields.js';
import { vocabOptions } from '../../components/format.js';
import { usePlans } from './hooks.js';

/** Values of the topic fields in a form (names as in `createTopicSchema`). */
export interface TopicFieldValues {
  title?: string;
  description?: string;
  category?: string;
  field?: string;
  planId?: string;
  sensitive?: boolean;
  longStanding?: boolean;
  leadViceChair?: string;
  secretaryGeneral?: string;
  ownerUnit?: string;
}

/** The fields of 新建议题 / 合并立题, under an optional name prefix (e.g. `topic`). */
export function TopicFields({ prefix }: { prefix?: string }): ReactElement {
  const n = (name: string): string | string[] => (prefix ? [prefix, name] : name);
  const plans = usePlans();
  return (
    <>
      <TextField label="议题名称" name={n('title')} required max={60} count placeholder="切口小、关联广、与群众切身利益密切相关" />
      <TextField label="议题说明" name={n('description')} required rows={4} max={3000} count />
      <CategoryFields prefix={prefix} />
      <Form.Item label="年度协商计划" name={n('planId')}>
        <Select
          allowClear
          placeholder="列入哪一年度的协商计划"
          loading={plans.isPending}
          options={(plans.data ?? []).map((p) => ({ value: p.id, label: `${p.year} 年 · ${p.title}` }))}
        />
      </Form.Item>
      <Form.Item label="特别标注" style={{ marginBottom: 8 }}>
        <Form.Item name={n('sensitive')} valuePropName="checked" noStyle>
          <Checkbox>涉及敏感问题</Checkbox>
        </Form.Item>
        <Form.Item name={n('longStanding')} valuePropName="checked" noStyle>
          <Checkbox>多年积累的难题</Checkbox>
        </Form.Item>
      </Form.Item>
      <div className="form-two">
        <TextField label="分管副主席" name={n('leadViceChair')} max={30} />
        <TextField label="协调秘书长" name={n('secretaryGeneral')} max={30} />
      </div>
      <TextField label="承办专委会/办公室" name={n('ownerUnit')} max={40} placeholder="例如：社会和法制委员会" />
    </>
  );
}

/** 类别 and 领域, side by side: of a topic, and of a proposal (荐题, 党委政府点题). */
export function CategoryFields({ prefix }: { prefix?: string }): ReactElement {
  const n = (name: string): string | string[] => (prefix ? [prefix, name] : name);
  return (
    <div className="form-two">
      <ChoiceField label="类别" name={n('category')} required options={vocabOptions(TOPIC_CATEGORIES, TOPIC_CATEGORY_LABELS)} />
      <Form.Item label="领域" name={n('field')}>
        <Select allowClear placeholder="选择领域" options={vocabOptions(TOPIC_FIELDS, TOPIC_FIELD_LABELS)} />
      </Form.Item>
    </div>
  );
}

/** Form values → the body of `createTopicSchema` (empty strings left out, flags as booleans). */
export function topicInput(values: TopicFieldValues): Record<string, unknown> {
  return { ...clean(values), sensitive: !!values.sensitive, longStanding: !!values.longStanding };
}
