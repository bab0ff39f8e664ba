import type { ReactElement, ReactNode } from 'react';
import { Alert, Button, Card, Empty, Grid, List, type TableProps } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { errorMessage } from '../../api/api-error.js';
import { DataTable } from './DataTable.js';
import { pager } from './pager.js';
import { PageTitle } from './PageTitle.js';
import { useDocumentTitle } from './useDocumentTitle.js';
import { useListFilters } from './useListFilters.js';

/** What the shell needs of the list's query. */
export interface ListQuery<T> {
  readonly isError: boolean;
  readonly error: unknown;
  readonly isFetching: boolean;
  /** A page of rows with the total, or every row of a list that is never paged. */
  readonly data?: { readonly items: readonly T[]; readonly total: number } | readonly T[];
}

/** A paged list: its page size and what the total counts (共 12 条); the page shown is kept in the address (`?page=2`). */
export interface Paging {
  readonly pageSize: number;
  readonly unit: Parameters<typeof pager>[4];
}

/** The page's 新建… button: its text and what it opens. */
export interface CreateButton {
  readonly label: string;
  readonly onClick: () => void;
}

/** The parts of a list page, top to bottom. */
export interface ListPageProps<T extends { readonly id: string | number }> {
  /** The page's h1, also the browser tab's title. */
  readonly title: string;
  readonly description?: ReactNode;
  /** Beside the title: the page's 新建… button; false where the user may not create. */
  readonly create?: CreateButton | false;
  /** Beside the title, other than 新建…, e.g. the handling board's 期限设置. */
  readonly extra?: ReactNode;
  /** Above the list's card, e.g. the handling board's summary by department. */
  readonly before?: ReactNode;
  /** The card's own heading, on a page with more than one card. */
  readonly cardTitle?: string;
  /** Count tags (全部 / by state) above the filters. */
  readonly tags?: ReactNode;
  /** The filters, in one bar that wraps on narrow screens. */
  readonly filters?: ReactNode;
  /** Between the filters and the rows, e.g. what to do with the selected rows. */
  readonly toolbar?: ReactNode;
  readonly query: ListQuery<T>;
  /** Absent for a list that is never paged. */
  readonly paging?: Paging;
  /** What the rows are (承办单位): the table is named 承办单位列表 (its scroll area is a labelled region), and with no rows says 暂无承办单位. */
  readonly noun: string;
  /** Shown when there are no rows, where 暂无… does not fit (e.g. the filters left none). */
  readonly empty?: string;
  /** The table's columns; none on a page of cards. */
  readonly columns?: NonNullable<TableProps<T>['columns']>;
  readonly scroll?: { readonly x: number };
  readonly size?: 'small';
  readonly rowSelection?: TableProps<T>['rowSelection'];
  /** On phones, one card per row instead of the table (the table scrolls sideways otherwise). */
  readonly card?: (row: T) => ReactNode;
  /** Cards on every screen, never the table (a member's own short lists). */
  readonly cardsOnly?: boolean;
  /** The page's dialogs and drawers. */
  readonly children?: ReactNode;
}

/** The shell of every console list page: title, one card with tags, filters and rows, the list's error, the pager. */
export function ListPage<T extends { readonly id: string | number }>(props: ListPageProps<T>): ReactElement {
  useDocumentTitle(props.title);
  const phone = Grid.useBreakpoint().md === false;
  const { page, setPage } = useListFilters();
  const { query, paging, create, noun } = props;
  const data = query.data;
  const rows = !data ? [] : 'items' in data ? data.items : data;
  const pagination = paging ? pager(page, paging.pageSize, data && 'total' in data ? data.total : undefined, setPage, paging.unit) : false;
  const emptyText = <Empty description={props.empty ?? `暂无${noun}`} />;
  const extra = create ? (
    <Button type="primary" icon={<PlusOutlined />} onClick={create.onClick}>
      {create.label}
    </Button>
  ) : (
    props.extra
  );
  return (
    <>
      <PageTitle description={props.description} extra={extra}>
        {props.title}
      </PageTitle>
      {props.before}
      <Card title={props.cardTitle && <h2 className="card-title">{props.cardTitle}</h2>}>
        {props.tags}
        {props.filters && <div className="filter-bar">{props.filters}</div>}
        {props.toolbar}
        {query.isError && <Alert type="error" showIcon title={errorMessage(query.error)} style={{ marginBottom: 12 }} />}
        {(phone || props.cardsOnly) && props.card ? (
          <List
            loading={query.isFetching}
            dataSource={[...rows]}
            locale={{ emptyText }}
            pagination={pagination && { ...pagination, simple: true, align: 'center', hideOnSinglePage: true }}
            renderItem={(row) => <List.Item key={row.id}>{props.card?.(row)}</List.Item>}
          />
        ) : (
          <DataTable<T>
            label={`${noun}列表`}
            rowKey="id"
            size={props.size}
            loading={query.isFetching}
            dataSource={[...rows]}
            scroll={props.scroll}
            locale={{ emptyText }}
            rowSelection={props.rowSelection}
            pagination={pagination}
            columns={props.columns ?? []}
          />
        )}
      </Card>
      {props.children}
    </>
  );
}
