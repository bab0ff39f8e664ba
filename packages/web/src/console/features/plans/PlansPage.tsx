import { useEffect, useState, type ReactElement } from 'react';
import { Alert, App, Button, Card, DatePicker, Empty, Form, Input, InputNumber, Progress } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import type { Dayjs } from 'dayjs';
import { createPlanSchema } from '@shangliang/core';
import { errorMessage } from '../../../api/api-error.js';
import type { Plan } from '../../../api/types.js';
import { DataTable } from '../../components/DataTable.js';
import { FormModal } from '../../components/FormModal.js';
import { PageTitle } from '../../components/PageTitle.js';
import { clearOnChange, dropEmpty, showServerError, validateWith } from '../../components/form-errors.js';
import { formatDate } from '../../components/format.js';
import { useDocumentTitle } from '../../components/useDocumentTitle.js';
import { useMe } from '../auth/hooks.js';
import { useCreatePlan, usePlans } from '../topics/hooks.js';

/** 年度协商计划 — plan versus done (第五条). */
export function PlansPage(): ReactElement {
  useDocumentTitle('年度计划');
  const me = useMe();
  const plans = usePlans();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageTitle
        description="年度协商计划报党委，议题列入计划；“已完成”指已报送协商成果的议题。"
        extra={
          !!me.data?.actions.includes('plan.manage') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              新建年度计划
            </Button>
          )
        }
      >
        年度计划
      </PageTitle>
      <Card>
        {plans.isError && <Alert type="error" showIcon title={errorMessage(plans.error)} style={{ marginBottom: 12 }} />}
        <DataTable<Plan>
          label="年度协商计划列表"
          rowKey="id"
          loading={plans.isFetching}
          dataSource={[...(plans.data ?? [])]}
          pagination={false}
          scroll={{ x: 720 }}
          locale={{ emptyText: <Empty description="暂无年度协商计划" /> }}
          columns={[
            { title: '年度', dataIndex: 'year', width: 80 },
            { title: '计划名称', dataIndex: 'title', render: (_: unknown, p) => <Link to={`/console/topics?planId=${p.id}`}>{p.title}</Link> },
            { title: '县（市、区）', dataIndex: 'countyName', width: 130, render: (v: string | null) => v ?? '—' },
            { title: '报送党委', dataIndex: 'reportedOn', width: 120, render: (v: string | null) => formatDate(v) },
            {
              title: '计划与完成',
              key: 'done',
              width: 220,
              render: (_: unknown, p) => (
                <div>
                  <div>计划 {p.topicCount} 个 · 已完成 {p.doneCount} 个</div>
                  <Progress percent={p.topicCount ? Math.round((p.doneCount / p.topicCount) * 100) : 0} size="small" aria-label={`${p.title}完成进度`} />
                </div>
              ),
            },
          ]}
        />
      </Card>
      <PlanModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}

function PlanModal({ open, onClose }: { open: boolean; onClose: () => void }): ReactElement {
  const [form] = Form.useForm<{ year?: number; title?: string; reportedOn?: Dayjs | null }>();
  const create = useCreatePlan();
  const { message } = App.useApp();
  useEffect(() => {
    if (open) {
      form.resetFields();
      const year = new Date().getFullYear();
      form.setFieldsValue({ year, title: `${year}年度“有事来商量”协商计划` });
    }
  }, [open, form]);
  const submit = (): void => {
    const v = form.getFieldsValue(true) as { year?: number; title?: string; reportedOn?: Dayjs | null };
    const checked = validateWith(createPlanSchema, dropEmpty({ ...v, reportedOn: v.reportedOn?.format('YYYY-MM-DD') }), form);
    if (!checked.ok) return void (checked.rest[0] && message.error(checked.rest[0].message));
    create.mutate(checked.data, {
      onSuccess: (p) => {
        message.success(`已新建“${p.title}”`);
        onClose();
      },
      onError: (e) => showServerError(e, form, (t) => message.error(t)),
    });
  };
  return (
    <FormModal open={open} title="新建年度计划" onOk={submit} onCancel={onClose} confirmLoading={create.isPending}>
      <Form form={form} name="plan" layout="vertical" requiredMark="optional" onValuesChange={clearOnChange(form)} onFinish={submit}>
        <Form.Item label="年度" name="year" required>
          <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="计划名称" name="title" required>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item label="报送党委日期" name="reportedOn">
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
    </FormModal>
  );
}
