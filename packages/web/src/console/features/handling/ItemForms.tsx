import { useEffect, useState, type ReactElement } from 'react';
import { Alert, App, DatePicker, Form, type FormInstance, Input, Radio, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import {
  assignSchema,
  coOpinionSchema,
  CONVERSION_LABELS,
  CONVERSIONS,
  conversionSchema,
  evaluateSchema,
  feedbackSchema,
  ITEM_TRANSITIONS,
  RATING_LABELS,
  RATINGS,
  reasonSchema,
  RESULT_CLASS_LABELS,
  RESULT_CLASSES,
  reviewSchema,
  SUPERVISION_METHOD_LABELS,
  SUPERVISION_METHODS,
  superviseSchema,
} from '@shangliang/core';
import { ApiError } from '../../../api/api-error.js';
import type { HandlingItemDetail } from '../../../api/types.js';
import { AttachmentField, UPLOADING_MESSAGE, uploadsInProgress } from '../../components/AttachmentField.js';
import { FormModal } from '../../components/FormModal.js';
import { clearOnChange, showServerError, validateWith, type SafeParser } from '../../components/form-errors.js';
import { formatDate, vocabOptions } from '../../components/format.js';
import { useAssignableDepartments, useItemMutations } from './hooks.js';

/** The forms an item page can open. */
export type ItemDialog = 'assign' | 'return' | 'feedback' | 'paper_feedback' | 'accept' | 'send_back' | 'evaluate' | 'supervise' | 'conversion' | 'co_opinion';

/** 未转化 — the server's word for `none` (core has labels only for the three conversions). */
const NO_CONVERSION = '未转化';


/** Trims strings and drops empty values (top level). */
function clean(values: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined || v === null) continue;
    if (typeof v === 'string') {
      if (v.trim() !== '') out[k] = v.trim();
      continue;
    }
    if (dayjs.isDayjs(v)) {
      out[k] = v.format('YYYY-MM-DD');
      continue;
    }
    out[k] = v;
  }
  return out;
}

/** Required text fields left empty are sent as '' so that the core schema's own message (请填写…) shows under them. */
const withBlank = (values: Record<string, unknown>, ...keys: string[]): Record<string, unknown> => {
  const out = { ...values };
  for (const k of keys) if (out[k] === undefined) out[k] = '';
  return out;
};

/** Validate with a core schema, send, close; server field errors go under the fields, other refusals into the dialog. */
function useSubmit<T>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  form: FormInstance<any>,
  schema: SafeParser<T>,
  send: (data: T, handlers: { onSuccess: () => void; onError: (e: unknown) => void }) => void,
  done: string,
  onClose: () => void,
) {
  const { message } = App.useApp();
  const [refusal, setRefusal] = useState<string | null>(null);
  const submit = (body: unknown): void => {
    setRefusal(null);
    if (uploadsInProgress()) {
      message.warning(UPLOADING_MESSAGE);
      return;
    }
    const checked = validateWith(schema, body, form);
    if (!checked.ok) {
      message.error(checked.rest[0]?.message ?? '请检查标红的内容');
      return;
    }
    send(checked.data, {
      onSuccess: () => {
        message.success(done);
        onClose();
      },
      onError: (e) => {
        if (e instanceof ApiError && e.fields.length === 0 && e.status >= 400 && e.status < 500) setRefusal(e.message);
        showServerError(e, form, (t) => message.error(t));
      },
    });
  };
  return { submit, refusal, reset: () => setRefusal(null) };
}

/** The refusal of the server (e.g. the return window has passed), shown in the dialog. */
function Refusal({ text }: { text: string | null }): ReactElement | null {
  return text ? <Alert type="error" showIcon role="alert" title={text} style={{ marginBottom: 12 }} /> : null;
}

/** The suggestion the dialog is about. */
function About({ item }: { item: HandlingItemDetail }): ReactElement {
  return (
    <Typography.Paragraph type="secondary" ellipsis={{ rows: 3, expandable: true, symbol: '展开' }}>
      第 {item.seq} 条建议：{item.content}
    </Typography.Paragraph>
  );
}

/** Dispatches to the right form. */
export function ItemDialogs({ item, dialog, onClose }: { item: HandlingItemDetail; dialog: ItemDialog | null; onClose: () => void }): ReactElement {
  return (
    <>
      <AssignModal item={item} open={dialog === 'assign'} onClose={onClose} />
      <ReturnModal item={item} open={dialog === 'return'} onClose={onClose} />
      <FeedbackModal item={item} open={dialog === 'feedback'} onClose={onClose} />
      <FeedbackModal item={item} open={dialog === 'paper_feedback'} onClose={onClose} paper />
      <ReviewModal item={item} decision={dialog === 'accept' ? 'accept' : dialog === 'send_back' ? 'return' : null} onClose={onClose} />
      <EvaluateModal item={item} open={dialog === 'evaluate'} onClose={onClose} />
      <SuperviseModal item={item} open={dialog === 'supervise'} onClose={onClose} />
      <ConversionModal item={item} open={dialog === 'conversion'} onClose={onClose} />
      <CoOpinionModal item={item} open={dialog === 'co_opinion'} onClose={onClose} />
    </>
  );
}

/** 交办 / 重新交办. */
function AssignModal({ item, open, onClose }: { item: HandlingItemDetail; open: boolean; onClose: () => void }): ReactElement {
  const [form] = Form.useForm();
  const { assign } = useItemMutations(item.id);
  const depts = useAssignableDepartments(item.countyId, open);
  const again = item.state === 'returned';
  const label = again ? `重新${ITEM_TRANSITIONS.assign.label}` : ITEM_TRANSITIONS.assign.label;
  const { submit, refusal, reset } = useSubmit(form, assignSchema, (input, h) => assign.mutate(input, h), `已${label}`, onClose);
  useEffect(() => {
    if (open) {
      reset();
      form.resetFields();
      form.setFieldsValue({ coDepartmentIds: [], letterDate: dayjs() });
    }
  }, [open, form]);
  const go = (): void => {
    const v = form.getFieldsValue(true) as Record<string, unknown>;
    if (!v.leadDepartmentId) {
      form.setFields([{ name: 'leadDepartmentId', errors: ['请选择主办单位'] }]);
      return;
    }
    submit({ ...clean(v), coDepartmentIds: (v.coDepartmentIds as string[] | undefined) ?? [] });
  };
  const toOptions = (list: readonly { id: string; name: string }[], except?: string) => list.filter((d) => d.id !== except).map((d) => ({ value: d.id, label: d.name }));
  const lead = Form.useWatch('leadDepartmentId', form) as string | undefined;
  const options = [
    ...(depts.data?.county.length ? [{ label: '本级承办单位', title: '本级承办单位', options: toOptions(depts.data.county) }] : []),
    ...(depts.data?.city.length ? [{ label: '市直部门', title: '市直部门', options: toOptions(depts.data.city) }] : []),
  ];
  const coOptions = options.map((g) => ({ ...g, options: g.options.filter((o) => o.value !== lead) }));
  return (
    <FormModal open={open} title={label} okText={label} onOk={go} onCancel={onClose} confirmLoading={assign.isPending} width={720}>
      <About item={item} />
      <Refusal text={refusal} />
      <Form form={form} name="assign" layout="vertical" requiredMark="optional" onValuesChange={clearOnChange(form)} onFinish={go}>
        <Form.Item label="主办单位" name="leadDepartmentId" required>
          <Select showSearch={{ optionFilterProp: 'label' }} placeholder="选择主办单位" loading={depts.isPending} options={options} notFoundContent="没有找到承办单位" />
        </Form.Item>
        <Form.Item label="会办单位" name="coDepartmentIds" extra="可选，最多 10 个">
          <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} placeholder="选择会办单位（可不选）" loading={depts.isPending} options={coOptions} />
        </Form.Item>
        <div className="form-two">
          <Form.Item label="办理期限" name="dueOn" extra="不填则按本级设置（默认交办后 90 天）">
            <DatePicker style={{ width: '100%' }} placeholder="默认按办理期限设置" />
          </Form.Item>
          <Form.Item label="会办意见期限" name="coDueOn">
            <DatePicker style={{ width: '100%' }} placeholder="可不填" />
          </Form.Item>
        </div>
        <div className="form-two">
          <Form.Item label="交办函号" name="letterNo">
            <Input maxLength={40} placeholder="例如：尧政协办函〔2026〕12号" />
          </Form.Item>
          <Form.Item label="交办日期" name="letterDate">
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </div>
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
    </FormModal>
  );
}

/** 退回（非本单位职责） by the lead department within the window. */
function ReturnModal({ item, open, onClose }: { item: HandlingItemDetail; open: boolean; onClose: () => void }): ReactElement {
  const [form] = Form.useForm();
  const { return: back } = useItemMutations(item.id);
  const label = ITEM_TRANSITIONS.return_misassigned.label;
  const { submit, refusal, reset } = useSubmit(form, reasonSchema, (input, h) => back.mutate(input, h), '已退回政协办公室', onClose);
  useEffect(() => {
    if (open) {
      reset();
      form.resetFields();
    }
  }, [open, form]);
  const go = (): void => submit(withBlank(clean(form.getFieldsValue(true) as Record<string, unknown>), 'reason'));
  return (
    <FormModal open={open} title={label} okText="退回" danger onOk={go} onCancel={onClose} confirmLoading={back.isPending}>
      <About item={item} />
      <Typography.Paragraph>交办不属于本单位职责的，可在交办后规定期限内退回政协办公室重新交办。</Typography.Paragraph>
      <Refusal text={refusal} />
      <Form form={form} name="return" layout="vertical" requiredMark="optional" onValuesChange={clearOnChange(form)} onFinish={go}>
        <Form.Item label="退回理由" name="reason" required>
          <Input.TextArea rows={4} maxLength={500} showCount placeholder="说明不属于本单位职责的原因，建议由哪个单位办理" />
        </Form.Item>
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
    </FormModal>
  );
}

/** 提交书面反馈 (the lead department), or 录入来函答复 (`paper`: the office enters a reply that came as a letter; it counts as accepted). */
function FeedbackModal({ item, open, onClose, paper = false }: { item: HandlingItemDetail; open: boolean; onClose: () => void; paper?: boolean }): ReactElement {
  const [form] = Form.useForm();
  const mutations = useItemMutations(item.id);
  const feedback = paper ? mutations.paperFeedback : mutations.feedback;
  const label = paper ? '录入来函答复' : ITEM_TRANSITIONS.submit_feedback.label;
  const { submit, refusal, reset } = useSubmit(form, feedbackSchema, (input, h) => feedback.mutate(input, h), paper ? '已录入来函答复，视为已采纳' : '已提交书面反馈', onClose);
  useEffect(() => {
    if (open) {
      reset();
      form.resetFields();
      // The last answer's responsible person and phone are usually the same.
      const last = item.feedbacks.at(-1);
      form.setFieldsValue({ attachmentIds: [], responsible: last?.responsible, contact: last?.contact });
    }
  }, [open, form]);
  const go = (): void => {
    const v = form.getFieldsValue(true) as Record<string, unknown>;
    const ids = (v.attachmentIds as string[] | undefined) ?? [];
    submit(withBlank({ ...clean(v), attachmentIds: ids.length ? ids : undefined }, 'text', 'responsible', 'contact'));
  };
  return (
    <FormModal open={open} title={label} okText={paper ? '录入' : '提交'} onOk={go} onCancel={onClose} confirmLoading={feedback.isPending} width={760}>
      <About item={item} />
      {paper && (
        <Typography.Paragraph>
          {item.leadDepartmentName ?? '承办单位'}以纸质函件答复的，由政协办公室照函录入，录入后视为已采纳，可直接进行满意度测评。
        </Typography.Paragraph>
      )}
      <Refusal text={refusal} />
      <Form form={form} name={paper ? 'paper_feedback' : 'feedback'} layout="vertical" requiredMark="optional" onValuesChange={clearOnChange(form)} onFinish={go}>
        <Form.Item label="办理情况" name="text" required extra="至少 10 个字">
          <Input.TextArea rows={6} maxLength={5000} showCount placeholder="办理过程、采纳落实情况和取得的成效" />
        </Form.Item>
        <Form.Item label="办理结果分类" name="resultClass" required>
          <Radio.Group className="radio-column" options={vocabOptions(RESULT_CLASSES, RESULT_CLASS_LABELS)} />
        </Form.Item>
        <Form.Item label="采取的措施" name="measures">
          <Input.TextArea rows={3} maxLength={2000} showCount placeholder="已采取或将要采取的措施、时间安排" />
        </Form.Item>
        <div className="form-two">
          <Form.Item label="责任人" name="responsible" required>
            <Input maxLength={30} autoComplete="name" />
          </Form.Item>
          <Form.Item label="联系电话" name="contact" required>
            <Input maxLength={30} inputMode="tel" autoComplete="tel" />
          </Form.Item>
        </div>
        <Form.Item label="附件" name="attachmentIds" extra={paper ? '来函扫描件、现场照片等' : '答复函、现场照片等'}>
          <AttachmentField max={10} />
        </Form.Item>
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
    </FormModal>
  );
}

/** 审核反馈: 采纳 or 退回修改 (with a reason). */
function ReviewModal({ item, decision, onClose }: { item: HandlingItemDetail; decision: 'accept' | 'return' | null; onClose: () => void }): ReactElement {
  const [form] = Form.useForm();
  const { review } = useItemMutations(item.id);
  const chosen = (Form.useWatch('decision', form) as 'accept' | 'return' | undefined) ?? decision;
  const { submit, refusal, reset } = useSubmit(form, reviewSchema, (input, h) => review.mutate(input, h), chosen === 'return' ? '已退回修改' : '已采纳反馈', onClose);
  useEffect(() => {
    if (decision) {
      reset();
      form.resetFields();
      form.setFieldsValue({ decision });
    }
  }, [decision, form]);
  const go = (): void => {
    const v = clean(form.getFieldsValue(true) as Record<string, unknown>);
    if (v.decision === 'return' && !v.reason) {
      form.setFields([{ name: 'reason', errors: ['请填写退回理由'] }]);
      return;
    }
    submit(v);
  };
  const last = item.latestFeedback;
  return (
    <FormModal open={!!decision} title="审核反馈" okText={chosen === 'return' ? '退回修改' : '采纳'} danger={chosen === 'return'} onOk={go} onCancel={onClose} confirmLoading={review.isPending} width={720}>
      <About item={item} />
      {last && (
        <div className="sub-block">
          <strong>{last.departmentName ?? '承办单位'}的书面反馈（{last.resultClassLabel}）</strong>
          <div className="pre-wrap" style={{ marginTop: 4 }}>{last.text}</div>
        </div>
      )}
      <Refusal text={refusal} />
      <Form form={form} name="review" layout="vertical" requiredMark="optional" onValuesChange={clearOnChange(form)} onFinish={go}>
        <Form.Item label="审核结论" name="decision" required>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'accept', label: '采纳' },
              { value: 'return', label: '退回修改' },
            ]}
          />
        </Form.Item>
        <Form.Item label={chosen === 'return' ? '退回理由' : '审核意见'} name="reason" required={chosen === 'return'}>
          <Input.TextArea rows={3} maxLength={500} showCount placeholder={chosen === 'return' ? '说明需要补充或修改的内容' : '可不填'} />
        </Form.Item>
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
    </FormModal>
  );
}

const ratingOptions = vocabOptions(RATINGS, RATING_LABELS);

/** 满意度测评; 不满意 starts a new round (optionally with a new due date). */
function EvaluateModal({ item, open, onClose }: { item: HandlingItemDetail; open: boolean; onClose: () => void }): ReactElement {
  const [form] = Form.useForm();
  const { evaluate } = useItemMutations(item.id);
  const rating = Form.useWatch('rating', form) as string | undefined;
  const { submit, refusal, reset } = useSubmit(
    form,
    evaluateSchema,
    (input, h) => evaluate.mutate(input, h),
    rating === 'unsatisfied' ? '已测评为不满意，建议重新交承办单位办理' : '已完成满意度测评',
    onClose,
  );
  useEffect(() => {
    if (open) {
      reset();
      form.resetFields();
    }
  }, [open, form]);
  const go = (): void => {
    const v = clean(form.getFieldsValue(true) as Record<string, unknown>);
    if (v.rating !== 'unsatisfied') delete v.newDueOn;
    submit(v);
  };
  return (
    <FormModal open={open} title={ITEM_TRANSITIONS.evaluate.label} okText="提交测评" onOk={go} onCancel={onClose} confirmLoading={evaluate.isPending} width={680}>
      <About item={item} />
      <Refusal text={refusal} />
      <Form form={form} name="evaluate" layout="vertical" requiredMark="optional" onValuesChange={clearOnChange(form)} onFinish={go}>
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
        <Form.Item label="测评意见" name="comment">
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
        {rating === 'unsatisfied' && (
          <>
            <Alert type="warning" showIcon style={{ marginBottom: 12 }} title="测评为不满意的，建议将重新交承办单位办理（开始新一轮）。" />
            <Form.Item label="新的办理期限" name="newDueOn" extra="不填则按本级办理期限设置（默认 90 天）">
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
            </Form.Item>
          </>
        )}
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
    </FormModal>
  );
}

/** 督办. */
function SuperviseModal({ item, open, onClose }: { item: HandlingItemDetail; open: boolean; onClose: () => void }): ReactElement {
  const [form] = Form.useForm();
  const { supervise } = useItemMutations(item.id);
  const { submit, refusal, reset } = useSubmit(form, superviseSchema, (input, h) => supervise.mutate(input, h), '已记录督办', onClose);
  useEffect(() => {
    if (open) {
      reset();
      form.resetFields();
      form.setFieldsValue({ method: 'phone' });
    }
  }, [open, form]);
  const go = (): void => submit(withBlank(clean(form.getFieldsValue(true) as Record<string, unknown>), 'note'));
  return (
    <FormModal open={open} title="督办" okText="记录督办" onOk={go} onCancel={onClose} confirmLoading={supervise.isPending}>
      <About item={item} />
      {item.dueOn && <Typography.Paragraph>当前办理期限：{formatDate(item.dueOn)}{item.countdown ? `（${item.countdown}）` : ''}</Typography.Paragraph>}
      <Refusal text={refusal} />
      <Form form={form} name="supervise" layout="vertical" requiredMark="optional" onValuesChange={clearOnChange(form)} onFinish={go}>
        <Form.Item label="督办方式" name="method" required>
          <Radio.Group optionType="button" options={vocabOptions(SUPERVISION_METHODS, SUPERVISION_METHOD_LABELS)} />
        </Form.Item>
        <Form.Item label="督办情况" name="note" required>
          <Input.TextArea rows={4} maxLength={1000} showCount placeholder="督办对象、了解到的进展、提出的要求" />
        </Form.Item>
        <Form.Item label="新的办理期限" name="newDueOn" extra="需要延期的填写；不填则不变">
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
    </FormModal>
  );
}

/** 成果转化. */
function ConversionModal({ item, open, onClose }: { item: HandlingItemDetail; open: boolean; onClose: () => void }): ReactElement {
  const [form] = Form.useForm();
  const { conversion } = useItemMutations(item.id);
  const { submit, refusal, reset } = useSubmit(form, conversionSchema, (input, h) => conversion.mutate(input, h), '已记录成果转化', onClose);
  useEffect(() => {
    if (open) {
      reset();
      form.resetFields();
      form.setFieldsValue({ conversion: item.conversion ?? undefined, reference: item.conversionRef ?? undefined });
    }
  }, [open, form]);
  const go = (): void => submit(clean(form.getFieldsValue(true) as Record<string, unknown>));
  return (
    <FormModal open={open} title="成果转化" onOk={go} onCancel={onClose} confirmLoading={conversion.isPending}>
      <About item={item} />
      <Typography.Paragraph type="secondary">推动协商成果转化为党委政府决策、民生实事项目或者改进社会管理等方面的内容（第四条(三)3）。</Typography.Paragraph>
      <Refusal text={refusal} />
      <Form form={form} name="conversion" layout="vertical" requiredMark="optional" onValuesChange={clearOnChange(form)} onFinish={go}>
        <Form.Item label="转化情况" name="conversion" required>
          <Radio.Group className="radio-column" options={[...vocabOptions(CONVERSIONS, CONVERSION_LABELS), { value: 'none', label: NO_CONVERSION }]} />
        </Form.Item>
        <Form.Item label="依据" name="reference" extra="文件名称、文号或项目名称">
          <Input maxLength={120} />
        </Form.Item>
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
    </FormModal>
  );
}

/** 会办意见 by a co-handling department. */
function CoOpinionModal({ item, open, onClose }: { item: HandlingItemDetail; open: boolean; onClose: () => void }): ReactElement {
  const [form] = Form.useForm();
  const { coOpinion } = useItemMutations(item.id);
  const { submit, refusal, reset } = useSubmit(form, coOpinionSchema, (input, h) => coOpinion.mutate(input, h), '已提交会办意见', onClose);
  useEffect(() => {
    if (open) {
      reset();
      form.resetFields();
    }
  }, [open, form]);
  const go = (): void => submit(withBlank(clean(form.getFieldsValue(true) as Record<string, unknown>), 'text'));
  return (
    <FormModal open={open} title="会办意见" okText="提交" onOk={go} onCancel={onClose} confirmLoading={coOpinion.isPending}>
      <About item={item} />
      {item.coDueOn && <Typography.Paragraph>会办意见期限：{formatDate(item.coDueOn)}</Typography.Paragraph>}
      <Refusal text={refusal} />
      <Form form={form} name="co_opinion" layout="vertical" requiredMark="optional" onValuesChange={clearOnChange(form)} onFinish={go}>
        <Form.Item label="会办意见" name="text" required>
          <Input.TextArea rows={5} maxLength={2000} showCount placeholder="本单位对该建议的意见和配合办理情况" />
        </Form.Item>
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
    </FormModal>
  );
}
