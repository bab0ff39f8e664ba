import type { ReactElement } from 'react';
import { Alert, DatePicker, Form, Radio, Select } from 'antd';
import dayjs from 'dayjs';
import { evaluateSchema, ITEM_TRANSITIONS, RATING_LABELS, RATINGS } from '@shangliang/core';
import type { HandlingItemDetail } from '../../../../api/types.js';
import { FormModal } from '../../../components/FormModal.js';
import { TextField } from '../../../components/FormFields.js';
import { vocabOptions } from '../../../components/format.js';
import { useItemMutations } from '../hooks.js';
import { About } from './About.js';
import { clean } from '../../../components/clean.js';
import { Refusal } from '../../../components/Refusal.js';
import { useSubmit } from '../../../components/useSubmit.js';

const ratingOptions = vocabOptions(RATINGS, RATING_LABELS);

/** 满意度测评; 不满意 starts a new round (optionally with a new due date). */
export function EvaluateModal({ item, open, onClose }: { item: HandlingItemDetail; open: boolean; onClose: () => void }): ReactElement {
  const [form] = Form.useForm();
  const { evaluate } = useItemMutations(item.id);
  const rating = Form.useWatch('rating', form) as string | undefined;
  const { submit, refusal } = useSubmit(form, evaluateSchema, (input, h) => evaluate.mutate(input, h), {
    done: rating === 'unsatisfied' ? '已测评为不满意，建议重新交承办单位办理' : '已完成满意度测评',
    onClose,
    open,
  });
  const go = (): void => {
    const v = clean(form.getFieldsValue(true) as Record<string, unknown>);
    if (v.rating !== 'unsatisfied') delete v.newDueOn;
    submit(v);
  };
  return (
    <FormModal form={form} name="evaluate" open={open} title={ITEM_TRANSITIONS.evaluate.label} okText="提交测评" onOk={go} onCancel={onClose} confirmLoading={evaluate.isPending} width={680}>
      <About item={item} />
      <Refusal text={refusal} />
      <Form.Item label="测评结果" name="rating" required>
        <Radio.Group optionType="button" buttonStyle="solid" options={ratingOptions} />
      </Form.Item>
      <div className="form-two">
        <Form.Item label="过程评价" name="processMark">
          <Select allowClear placeholder="可不填" options={ratingOptions} />
        </Form.Item>
        <Form.Item label="结果评价" name="resultMark">
          <Select allowClear placeholder="可不填" options={ratingOptions} />
        </Form.Item>
      </div>
      <TextField label="测评意见" name="comment" rows={3} max={1000} count />
      {rating === 'unsatisfied' && (
        <>
          <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="测评为不满意的，建议将重新交承办单位办理（开始新一轮）。" />
          <Form.Item label="新的办理期限" name="newDueOn" extra="不填则按本级办理期限设置（默认 90 天）">
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
