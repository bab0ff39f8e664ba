import type { ReactElement } from 'react';
import { Alert, Skeleton } from 'antd';
import { errorMessage } from '../../../api/api-error.js';
import { PageTitle } from '../../components/PageTitle.js';
import { SoftTag } from '../../components/SoftTag.js';
import { useDocumentTitle } from '../../components/useDocumentTitle.js';
import { usePolicy } from '../../components/usePolicy.js';
import { ArchiveDetail } from './ArchiveDetail.js';
import { useMyArchive } from './hooks.js';
import { useYearParam, YearSelect } from './YearSelect.js';

/** 我的履职 — the member's own archive of a year, on a phone: points, minimums, and every participation. */
export function MyArchivePage(): ReactElement {
  useDocumentTitle('我的履职');
  const [year, setYear] = useYearParam();
  const archive = useMyArchive(year);
  const canOpenTopics = usePolicy().canOpen('topics');
  const a = archive.data;
  return (
    <>
      <PageTitle
        extra={<YearSelect value={year} onChange={setYear} />}
        description={
          <>
            您参加调研、协商、跟踪问效等活动和委员荐题的情况，由组织单位记录，按{a?.countyName ?? '本级政协'}年度积分规则计分。
            {a?.closed && <SoftTag tone="grey">本年度已结转</SoftTag>}
          </>
        }
      >
        我的履职
      </PageTitle>
      {archive.isError && <Alert type="error" showIcon title={errorMessage(archive.error)} style={{ marginBottom: 16 }} />}
      {archive.isPending ? <Skeleton active paragraph={{ rows: 8 }} /> : a && <ArchiveDetail archive={a} linkTopics={canOpenTopics} />}
    </>
  );
}
