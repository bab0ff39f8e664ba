import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  CreatePlanInput,
  FollowUpInput,
  InstructionInput,
  CreateTopicInput,
  PreparationInput,
  RecordConsultationInput,
  ResearchActivityInput,
  ResearchReportInput,
  ScheduleConsultationInput,
  SubmitOutcomeInput,
  TransitionInput,
  UpdatePlanInput,
  UpdateTopicInput,
} from '@shangliang/core';
import { MEMBER_ROLES } from '@shangliang/core';
import { apiGet, apiPatch, apiPost, type Query } from '../../../api/client.js';
import type { MyActivity, Org, Page, Plan, Topic, TopicPage, User, Venue } from '../../../api/types.js';

/** GET /api/topics. */
export function useTopics(query: Query) {
  return useQuery({
    queryKey: ['topics', 'list', query],
    queryFn: () => apiGet<TopicPage>('/api/topics', query),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/topics/:id. */
export function useTopic(id: string | undefined) {
  return useQuery({
    queryKey: ['topics', 'one', id],
    queryFn: () => apiGet<Topic>(`/api/topics/${encodeURIComponent(id ?? '')}`),
    enabled: !!id,
  });
}

/** GET /api/plans. */
export function usePlans(query: Query = {}, enabled = true) {
  return useQuery({
    queryKey: ['plans', query],
    queryFn: async () => (await apiGet<{ items: Plan[] }>('/api/plans', query)).items,
    enabled,
  });
}

/** POST /api/plans. */
export function useCreatePlan() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreatePlanInput) => apiPost<Plan>('/api/plans', input),
    onSuccess: () => client.invalidateQueries({ queryKey: ['plans'] }),
  });
}

/** PATCH /api/plans/:id; `reload` fetches one plan afresh (after a version conflict). */
export function useUpdatePlan() {
  const client = useQueryClient();
  const refresh = (): Promise<void> => client.invalidateQueries({ queryKey: ['plans'] });
  const update = useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdatePlanInput }) => apiPatch<Plan>(`/api/plans/${encodeURIComponent(id)}`, input),
    onSuccess: refresh,
  });
  const reload = async (id: string): Promise<Plan> => {
    const fresh = await apiGet<Plan>(`/api/plans/${encodeURIComponent(id)}`);
    await refresh();
    return fresh;
  };
  return { update, reload };
}

/** GET /api/me/activities — a page at a time, newest first. */
export function useMyActivities(page: number, pageSize = 20) {
  return useQuery({
    queryKey: ['me', 'activities', page, pageSize],
    queryFn: () => apiGet<Page<MyActivity>>('/api/me/activities', { page, pageSize }),
    placeholderData: keepPreviousData,
  });
}

/** Members of a county (for research and consultation forms): holders of core's member roles. */
export function useCountyMembers(countyId: string | null | undefined, enabled = true) {
  return useQuery({
    queryKey: ['users', 'members', countyId],
    queryFn: async () => {
      // GET /api/users filters by one role at a time; a user holding two member roles is listed once.
      const pages = await Promise.all(MEMBER_ROLES.map((role) => apiGet<Page<User>>('/api/users', { role, countyId, pageSize: 100 })));
      return [...new Map(pages.flatMap((p) => p.items).map((u) => [u.id, u])).values()];
    },
    enabled,
    staleTime: 60_000,
  });
}

/** Departments of a county. */
export function useCountyDepartments(countyId: string | null | undefined, enabled = true) {
  return useQuery({
    queryKey: ['orgs', 'departments', countyId],
    queryFn: async () => (await apiGet<Page<Org>>('/api/orgs', { kind: 'department', countyId, pageSize: 100 })).items,
    enabled,
    staleTime: 60_000,
  });
}

/** Venues of a county. */
export function useCountyVenues(countyId: string | null | undefined, enabled = true) {
  return useQuery({
    queryKey: ['venues', 'county', countyId],
    queryFn: async () => (await apiGet<Page<Venue>>('/api/venues', { countyId, pageSize: 100 })).items,
    enabled,
    staleTime: 60_000,
  });
}

const enc = encodeURIComponent;

/** Every write on a topic; each answers the topic and refreshes lists and the workbench. */
export function useTopicMutations() {
  const client = useQueryClient();
  const refresh = async (topic: Topic): Promise<void> => {
    client.setQueryData(['topics', 'one', topic.id], topic);
    await Promise.all(
      [['topics', 'list'], ['proposals'], ['workbench'], ['plans'], ['me']].map((k) => client.invalidateQueries({ queryKey: k })),
    );
  };
  const m = <I,>(fn: (input: I) => Promise<Topic>) => useMutation({ mutationFn: fn, onSuccess: refresh });
  return {
    create: m((input: CreateTopicInput) => apiPost<Topic>('/api/topics', input)),
    update: m(({ id, input }: { id: string; input: UpdateTopicInput }) => apiPatch<Topic>(`/api/topics/${enc(id)}`, input)),
    transition: m(({ id, input }: { id: string; input: TransitionInput }) => apiPost<Topic>(`/api/topics/${enc(id)}/transitions`, input)),
    research: m(({ id, input }: { id: string; input: ResearchActivityInput }) =>
      apiPost<Topic>(`/api/topics/${enc(id)}/research-activities`, input),
    ),
    report: m(({ id, input }: { id: string; input: ResearchReportInput }) => apiPost<Topic>(`/api/topics/${enc(id)}/research-reports`, input)),
    preparation: m(({ id, input }: { id: string; input: PreparationInput }) => apiPost<Topic>(`/api/topics/${enc(id)}/preparations`, input)),
    schedule: m(({ id, input }: { id: string; input: ScheduleConsultationInput }) =>
      apiPost<Topic>(`/api/topics/${enc(id)}/consultations`, input),
    ),
    record: m(({ id, input }: { id: string; input: RecordConsultationInput }) => apiPost<Topic>(`/api/consultations/${enc(id)}/record`, input)),
    outcome: m(({ id, input }: { id: string; input: SubmitOutcomeInput }) => apiPost<Topic>(`/api/topics/${enc(id)}/outcome`, input)),
    instruction: m(({ id, input }: { id: string; input: InstructionInput }) => apiPost<Topic>(`/api/topics/${enc(id)}/instructions`, input)),
    actionDone: m(({ id, doneOn }: { id: string; doneOn: string }) => apiPost<Topic>(`/api/instruction-actions/${enc(id)}/done`, { doneOn })),
    followUp: m(({ id, input }: { id: string; input: FollowUpInput }) => apiPost<Topic>(`/api/topics/${enc(id)}/follow-ups`, input)),
    publishAnswers: m((id: string) => apiPost<Topic>(`/api/topics/${enc(id)}/publish-answers`, {})),
    setCase: m(({ id, published }: { id: string; published: boolean }) => apiPost<Topic>(`/api/topics/${enc(id)}/case`, { published })),
  };
}
