import type { ReactElement, ReactNode } from 'react';
import { Alert, App, Button, Card, Form, Skeleton, Space } from 'antd';
import { InfoCircleOutlined } from '@ant-design/icons';
import { savePointRulesSchema, type PointRules, type PointRulesView } from '@shangliang/core';
import { ApiError, errorMessage } from '../../../api/api-error.js';
import { PageTitle } from '../../components/PageTitle.js';
import { SoftTag } from '../../components/SoftTag.js';
import { formatTime } from '../../components/format.js';
import { clearOnChange } from '../../components/form-errors.js';
import { useDocumentTitle } from '../../components/useDocumentTitle.js';
import { canOn } from '../../components/usePolicy.js';
import { useSubmit } from '../../components/useSubmit.js';
import { usePointRuleMutations, usePointRules } from './hooks.js';
import { PointRulesFields } from './PointRulesForm.js';
import { useYearParam, YearSelect } from './YearSelect.js';

/** 积分规则 — a county's yearly point rules (第六条(一)): edit and save with the version, and 年度结转 for a past year. */
export function PointRulesPage(): ReactElement {
  useDocumentTitle('积分规则');
  const [year, setYear] = useYearParam();
  const rules = usePointRules(year);
  const v = rules.data;
  return (
    <>
      <PageTitle
        extra={<YearSelect value={year} onChange={setYear} />}
        description="规定各类履职活动的计分标准、年度上限、建议转化加分和年度最低要求。修改下一年度的规则不影响已结转年度的积分。"
      >
        积分规则
      </PageTitle>
      {rules.isError && <Alert type="error" showIcon title={errorMessage(rules.error)} style={{ marginBottom: 16 }} />}
      {rules.isPending ? <Skeleton active paragraph={{ rows: 10 }} /> : v && <PointRulesCard key={`${v.year}-${v.version}`} view={v} />}
    </>
  );
}

/** A neutral note (the console's info colour is its red, which would read as an error). */
function Notice({ children }: { children: ReactNode }): ReactElement {
  return (
    <p className="members-notice">
      <InfoCircleOutlined aria-hidden="true" /> {children}
    </p>
  );
}

/** The year's rules as a form: editable only when the server allows it and the year is not closed. */
function PointRulesCard({ view }: { view: PointRulesView }): ReactElement {
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<{ rules: PointRules }>();
  const { save, close, reload } = usePointRuleMutations();
  const editable = canOn(view, 'point_rules.update') && !view.closed;
  const pastYear = view.year < new Date().getFullYear();
  const submit = useSubmit(form, savePointRulesSchema, (data, handlers) => save.mutate(data, handlers), {
    done: `${view.year} 年度积分规则已保存`,
    onClose: () => undefined,
    reload: () => reload(view.year),
  });
  const onSave = (): void => void submit.submit({ countyId: view.countyId, year: view.year, version: view.version, rules: form.getFieldsValue(true).rules });
  const onClose = (): void => {
    modal.confirm({
      title: `${view.year} 年度结转`,
      content: `结转后，${view.countyName}${view.year} 年度的积分规则和全体委员的履职积分即成为最终结果，不能再修改规则或更正该年度的出席情况。确定结转吗？`,
      okText: '确定结转',
      cancelText: '取消',
      onOk: () =>
        close.mutateAsync({ countyId: view.countyId, year: view.year, version: view.version }).then(
          () => void message.success(`${view.year} 年度已结转`),
          (e: unknown) => void message.error(e instanceof ApiError ? e.message : '操作未能完成，请稍后重试'),
        ),
    });
  };
  return (
    <Card
      title={
        <h2 className="card-title">
          {view.countyName} {view.year} 年度
        </h2>
      }
      extra={
        <span className="topic-flags">
          {view.closed ? <SoftTag>已结转</SoftTag> : view.saved ? <SoftTag tone="green">已保存</SoftTag> : <SoftTag tone="orange">未保存</SoftTag>}
        </span>
      }
    >
      {view.closed && <Notice>本年度已于 {formatTime(view.closedAt)} 结转，积分规则和委员积分均为最终结果，不能修改。</Notice>}
      {!view.closed && !view.saved && (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title="本年度尚未保存积分规则，以下为沿用的上一年度规则（或系统默认规则），保存后即为本年度规则。" />
      )}
      {!view.closed && !canOn(view, 'point_rules.update') && <Notice>积分规则由本级政协办公室制定，您可以查看，不能修改。</Notice>}
      {submit.refusal && <Alert type="error" showIcon style={{ marginBottom: 16 }} title={submit.refusal} role="alert" />}
      <Form form={form} layout="vertical" disabled={!editable} initialValues={{ rules: view.rules }} onValuesChange={clearOnChange(form)} onFinish={onSave} requiredMark={false}>
        <PointRulesFields rules={view.rules} />
      </Form>
      {canOn(view, 'point_rules.update') && !view.closed && (
        <Space wrap style={{ marginTop: 8 }}>
          <Button type="primary" onClick={onSave} loading={save.isPending}>
            保存
          </Button>
          {pastYear && (
            <Button danger onClick={onClose} loading={close.isPending}>
              年度结转
            </Button>
          )}
        </Space>
      )}
    </Card>
  );
}
