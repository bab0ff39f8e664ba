import type { ReactElement } from 'react';
import { Breadcrumb, Button, Result, Skeleton, Typography } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError, errorMessage } from '../../../api/api-error.js';
import { PageTitle } from '../../components/PageTitle.js';
import { SoftTag } from '../../components/SoftTag.js';
import { useDocumentTitle } from '../../components/useDocumentTitle.js';
import { usePolicy } from '../../components/usePolicy.js';
import { DocumentsPanel } from '../documents/DocumentsPanel.js';
import { ArchiveDetail } from './ArchiveDetail.js';
import { useMemberArchive } from './hooks.js';
import { useYearParam, YearSelect } from './YearSelect.js';

/** 委员履职档案 — one member's year as the office sees it (一人一档). */
export function MemberArchivePage(): ReactElement {
  const { userId } = useParams();
  const [year, setYear] = useYearParam();
  const countyId = useSearchParams()[0].get('countyId');
  const archive = useMemberArchive(userId, year);
  const canOpenTopics = usePolicy().canOpen('topics');
  const a = archive.data;
  useDocumentTitle(a ? `${a.member.name} · 履职档案` : '委员履职档案');
  const back = `/console/archives?year=${year}${countyId ? `&countyId=${encodeURIComponent(countyId)}` : ''}`;
  if (archive.isError) {
    const missing = archive.error instanceof ApiError && (archive.error.status === 404 || archive.error.status === 403);
    return (
      <Result
        status={missing ? '404' : 'error'}
        title={<Typography.Title level={1} style={{ margin: 0 }}>{missing ? '履职档案不存在' : '履职档案未能加载'}</Typography.Title>}
        subTitle={errorMessage(archive.error)}
        extra={<Link to={back}><Button type="primary">返回履职档案</Button></Link>}
      />
    );
  }
  return (
    <>
      <Breadcrumb style={{ marginBottom: 8 }} items={[{ title: <Link to={back}>履职档案</Link> }, { title: '委员履职档案' }]} />
      <PageTitle
        extra={<YearSelect value={year} onChange={setYear} />}
        description={
          a && (
            <span className="topic-flags">
              <span>{a.countyName}</span>
              {a.member.sector && <span>· {a.member.sector}</span>}
              {a.member.committee && <span>· {a.member.committee}</span>}
              {a.closed && <SoftTag>本年度已结转</SoftTag>}
            </span>
          )
        }
      >
        {a ? `${a.member.name}的履职档案` : '委员履职档案'}
      </PageTitle>
      {archive.isPending ? <Skeleton active paragraph={{ rows: 8 }} /> : a && <ArchiveDetail archive={a} linkTopics={canOpenTopics} />}
      {/* 委员年度履职档案 as a 公文 (GB/T 9704-2012), of the year shown. */}
      {a && <DocumentsPanel subject={{ type: 'archive', id: a.member.id, query: { year, countyId: a.countyId ?? undefined } }} />}
    </>
  );
}
