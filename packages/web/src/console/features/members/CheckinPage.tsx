import { type ReactElement, useEffect, useRef, useState } from 'react';
import { Alert, Button, Card, Input, Result, Typography } from 'antd';
import { CheckCircleFilled } from '@ant-design/icons';
import { Link, useSearchParams } from 'react-router';
import type { CheckInResult } from '@shangliang/core';
import { errorMessage } from '../../../api/api-error.js';
import { PageTitle } from '../../components/PageTitle.js';
import { useDocumentTitle } from '../../components/useDocumentTitle.js';
import { usePolicy } from '../../components/usePolicy.js';
import { useCheckIn } from './hooks.js';

const digitsOnly = (s: string): string => s.replace(/\D/g, '').slice(0, 6);

/** 活动签到 — a member enters (or scans) the activity's 6-digit code on a phone and is marked present. */
export function CheckinPage(): ReactElement {
  useDocumentTitle('活动签到');
  const [params] = useSearchParams();
  const fromLink = digitsOnly(params.get('code') ?? '');
  const [code, setCode] = useState(fromLink);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<CheckInResult | null>(null);
  const checkIn = useCheckIn();
  const sentFromLink = useRef(false);

  const send = (value: string): void => {
    setProblem(null);
    if (!/^\d{6}$/.test(value)) {
      setProblem('签到码为 6 位数字，请核对后重新输入');
      return;
    }
    checkIn.mutate({ code: value }, { onSuccess: setDone, onError: (e) => setProblem(errorMessage(e)) });
  };
  // A scanned QR code carries the digits: check in at once, so scanning is all it takes.
  useEffect(() => {
    if (fromLink.length === 6 && !sentFromLink.current) {
      sentFromLink.current = true;
      send(fromLink);
    }
  }, [fromLink]);

  return (
    <div className="checkin-page">
      <PageTitle description="请输入工作人员出示的 6 位签到码，或用手机扫描签到二维码。">活动签到</PageTitle>
      <Card>
        {done ? (
          <CheckinDone result={done} onAgain={() => (setDone(null), setCode(''))} />
        ) : (
          <form
            className="checkin-form"
            onSubmit={(e) => {
              e.preventDefault();
              send(code);
            }}
          >
            <label htmlFor="checkin-code" className="checkin-label">
              签到码
            </label>
            <Input
              id="checkin-code"
              className="checkin-code"
              value={code}
              onChange={(e) => setCode(digitsOnly(e.target.value))}
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9]*"
              maxLength={6}
              placeholder="6 位数字"
              aria-describedby={problem ? 'checkin-problem' : undefined}
              aria-invalid={problem ? true : undefined}
              autoFocus={!fromLink}
              size="large"
            />
            {problem && <Alert id="checkin-problem" type="error" showIcon title={problem} role="alert" />}
            <Button type="primary" htmlType="submit" size="large" block loading={checkIn.isPending}>
              签到
            </Button>
          </form>
        )}
      </Card>
    </div>
  );
}

/** What a check-in recorded: the activity and its topic, or that the member had checked in already. */
function CheckinDone({ result, onAgain }: { result: CheckInResult; onAgain: () => void }): ReactElement {
  const canOpenArchive = usePolicy().canOpen('my_archive');
  return (
    <Result
      className="checkin-result"
      icon={<CheckCircleFilled style={{ color: '#237804' }} aria-hidden="true" />}
      title={<h2 className="checkin-result-title">{result.already ? '已签到' : '签到成功'}</h2>}
      subTitle={
        <div role="status">
          {result.already && <Typography.Paragraph style={{ marginBottom: 8 }}>您此前已在本次活动签到，无须重复签到。</Typography.Paragraph>}
          <dl className="checkin-facts">
            <dt>活动</dt>
            <dd>
              {result.activityLabel} · {result.title}
            </dd>
            <dt>议题</dt>
            <dd>{result.topicTitle}</dd>
          </dl>
        </div>
      }
      extra={[
        canOpenArchive && (
          <Link key="archive" to="/console/my/archive">
            <Button type="primary">查看我的履职</Button>
          </Link>
        ),
        <Button key="again" onClick={onAgain}>
          签到其他活动
        </Button>,
      ]}
    />
  );
}
