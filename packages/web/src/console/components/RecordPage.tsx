import type { ReactElement, ReactNode } from 'react';
import { Breadcrumb, Button, Result, Skeleton, Typography } from 'antd';
import { Link } from 'react-router';
import { ApiError, errorMessage } from '../../api/api-error.js';
import { PageTitle } from './PageTitle.js';
import { useDocumentTitle } from './useDocumentTitle.js';

/** What the page needs of the record's query. */
interface RecordQuery<T> {
  readonly isPending: boolean;
  readonly isError: boolean;
  readonly error: unknown;
  readonly data?: T;
}

/** Where the breadcrumb and the error page lead back to. */
export interface BackLink {
  readonly to: string;
  readonly label: string;
}

/**
 * The shell of a record's page (议题详情, 办件详情): loading, 不存在 or 未能加载 with a way back, then the
 * breadcrumb, the h1 with the record's flags, and the record itself.
 */
export function RecordPage<T>({
  query,
  noun,
  back,
  tabTitle,
  heading,
  flags,
  children,
}: {
  query: RecordQuery<T>;
  /** 议题, 办件: in 议题详情, 议题不存在 … */
  noun: string;
  back: BackLink;
  /** The browser tab's title once the record is loaded. */
  tabTitle: (record: T) => string;
  heading: (record: T) => ReactNode;
  /** Under the h1: state, county, tags … */
  flags: (record: T) => ReactNode;
  children: (record: T) => ReactNode;
}): ReactElement {
  const crumb = `${noun}详情`;
  useDocumentTitle(query.data ? tabTitle(query.data) : crumb);
  if (query.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (query.isError || !query.data) {
    const notFound = query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 403);
    return (
      <Result
        status={notFound ? '404' : 'error'}
        title={<Typography.Title level={1} style={{ margin: 0 }}>{notFound ? `${noun}不存在` : `${noun}未能加载`}</Typography.Title>}
        subTitle={errorMessage(query.error)}
        extra={<Link to={back.to}><Button type="primary">返回{back.label}</Button></Link>}
      />
    );
  }
  const record = query.data;
  return (
    <>
      <Breadcrumb style={{ marginBottom: 8 }} items={[{ title: <Link to={back.to}>{back.label}</Link> }, { title: crumb }]} />
      <PageTitle description={<span className="topic-flags">{flags(record)}</span>}>{heading(record)}</PageTitle>
      {children(record)}
    </>
  );
}
