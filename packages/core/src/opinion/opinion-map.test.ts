import { PCA } from 'ml-pca';
import { describe, expect, it } from 'vitest';
import { adjustedRandIndex, computeOpinionMap, type OpinionMap, type OpinionVote } from './opinion-map.js';
import { principalComponents } from './opinion-space.js';
import { buildVoteMatrix, UNSEEN } from './vote-matrix.js';
import { seededRandom } from './seeded-random.js';

const BLOCK = 18;
const CONSENSUS = ['s54', 's55', 's56', 's57', 's58', 's59'];

/**
 * 300 participants × 60 statements, about half the cells voted. Group g (sizes 120, 99, 81) mostly agrees
 * with block g (statements 18g … 18g+17: 85 % agree), leans against block g+1 (mod 3: 60 % disagree) and
 * splits evenly on the third; everybody agrees with statements 54–59 (90 %).
 */
function plantedRoom(seed = 7, override?: (group: number, block: number) => [number, number] | null) {
  const random = seededRandom(seed);
  const votes: OpinionVote[] = [];
  const planted = new Map<string, number>();
  for (let i = 0; i < 300; i++) {
    const group = i < 120 ? 0 : i < 219 ? 1 : 2;
    const participantId = `p${String(i).padStart(3, '0')}`;
    planted.set(participantId, group);
    for (let j = 0; j < 60; j++) {
      if (random() < 0.5) continue;
      const block = Math.floor(j / BLOCK);
      const [agree, disagree] = override?.(group, block) ?? (block === 3 ? [0.9, 0.05] : block === group ? [0.85, 0.1] : block === (group + 1) % 3 ? [0.3, 0.6] : [0.45, 0.45]);
      const r = random();
      votes.push({ participantId, statementId: `s${j}`, vote: r < agree ? 1 : r < agree + disagree ? -1 : 0 });
    }
  }
  return { votes, planted };
}

const blockOf = (statementId: string): number => Math.floor(Number(statementId.slice(1)) / BLOCK);

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const withoutTime = ({ computedMs: _, ...map }: OpinionMap) => map;

describe('意见地图', () => {
  const { votes, planted } = plantedRoom();
  const map = computeOpinionMap({ votes });
  const count = (members: readonly string[], g: number) => members.filter((id) => planted.get(id) === g).length;

  it('recovers three planted groups, largest first', () => {
    expect(map).toMatchObject({ participants: 300, counted: 300, statements: 60 });
    expect(map.groups.map((g) => g.id)).toEqual([0, 1, 2]);
    expect(map.groups.map((g) => g.size)).toEqual([...map.groups.map((g) => g.size)].sort((a, b) => b - a));
    expect(map.groups.reduce((n, g) => n + g.size, 0)).toBe(300);
    const found = map.points.map((p) => p.group);
    expect(adjustedRandIndex(found, map.points.map((p) => planted.get(p.participantId)!))).toBeGreaterThanOrEqual(0.9);
    for (const g of map.groups) {
      expect(g.members).toEqual([...g.members].sort());
      expect(g.members.length).toBe(g.size);
    }
  });

  it('finds exactly the planted consensus', () => {
    expect(map.consensus.map((c) => c.statementId).sort()).toEqual(CONSENSUS);
    const lowest = map.consensus.map((c) => c.agreeRatio);
    expect(lowest).toEqual([...lowest].sort((a, b) => b - a));
    expect(Math.min(...lowest)).toBeGreaterThan(0.5);
  });

  it("gives each group statements of its own block, agreed with", () => {
    for (const group of map.groups) {
      const own = [0, 1, 2].reduce((best, g) => (count(group.members, g) > count(group.members, best) ? g : best));
      expect(count(group.members, own)).toBeGreaterThan(0.9 * group.size);
      expect(group.representative.length).toBe(5);
      for (const s of group.representative) {
        expect(`${blockOf(s.statementId)}/${s.direction}`).toBe(`${own}/agree`);
        expect(s.ratio).toBeGreaterThan(1.5);
        expect(s.agreeRatio).toBeGreaterThan(0.6);
        expect(s.agreeRatio + s.disagreeRatio).toBeLessThanOrEqual(1);
      }
    }
  });

  it('finds a group rejecting a statement, as disagree', () => {
    // Here group 0 alone rejects s0…s17 (85 % disagree); the others split on them.
    const rejecting = plantedRoom(5, (group, block) => (block === 0 && group === 0 ? [0.1, 0.85] : block === 0 ? [0.45, 0.45] : null));
    const { groups } = computeOpinionMap({ votes: rejecting.votes });
    const first = groups.find((g) => g.members.includes('p000'))!;
    expect(first.representative.some((s) => blockOf(s.statementId) === 0 && s.direction === 'disagree')).toBe(true);
  });

  it('gives the same map for the same votes in any order', () => {
    expect(withoutTime(computeOpinionMap({ votes: shuffled(votes, 1) }))).toEqual(withoutTime(map));
    expect(withoutTime(computeOpinionMap({ votes: [...votes].reverse() }))).toEqual(withoutTime(map));
  });

  it('leaves participants with fewer than minVotes votes off the map', () => {
    const random = seededRandom(3);
    const sparse = Array.from({ length: 20 }, (_, i) =>
      [0, 1, 2].map((k): OpinionVote => ({ participantId: `q${i}`, statementId: `s${(i * 3 + k) % 60}`, vote: random() < 0.5 ? 1 : -1 })),
    ).flat();
    const withSparse = computeOpinionMap({ votes: [...votes, ...sparse] });
    expect(withSparse).toMatchObject({ participants: 320, counted: 300 });
    expect(withSparse.points.some((p) => p.participantId.startsWith('q'))).toBe(false);
    expect(computeOpinionMap({ votes: [...votes, ...sparse], minVotes: 3 }).counted).toBe(320);
    // Passes count as votes: seven passes put a participant on the map.
    const passes = Array.from({ length: 7 }, (_, j): OpinionVote => ({ participantId: 'passer', statementId: `s${j}`, vote: 0 }));
    expect(computeOpinionMap({ votes: [...votes, ...passes] }).counted).toBe(301);
  });

  it('counts only the given statements, voted on or not', () => {
    const statementIds = [...Array.from({ length: 60 }, (_, j) => `s${j}`), 's-unvoted'];
    const extra: OpinionVote = { participantId: 'p000', statementId: 'elsewhere', vote: 1 };
    const scoped = computeOpinionMap({ votes: [...votes, extra], statementIds });
    expect(scoped.statements).toBe(61);
    expect(scoped.groups.length).toBe(3);
    expect(computeOpinionMap({ votes: [...votes, extra] }).statements).toBe(61);
  });
});

describe('意见地图：人少、票少', () => {
  const empty = { groups: [], consensus: [], points: [] };

  it('never throws on empty or tiny rooms', () => {
    expect(computeOpinionMap({ votes: [] })).toMatchObject({ participants: 0, counted: 0, statements: 0, ...empty });
    const one = Array.from({ length: 10 }, (_, j): OpinionVote => ({ participantId: 'a', statementId: `s${j}`, vote: 1 }));
    expect(computeOpinionMap({ votes: one })).toMatchObject({ participants: 1, counted: 1, statements: 10, ...empty });
    const oneStatement = ['a', 'b', 'c'].map((p): OpinionVote => ({ participantId: p, statementId: 's', vote: 1 }));
    expect(computeOpinionMap({ votes: oneStatement, minVotes: 1 })).toMatchObject({ counted: 3, statements: 1, ...empty });
  });

  it('places two participants but forms no groups', () => {
    const two = ['a', 'b'].flatMap((p, i) => Array.from({ length: 8 }, (_, j): OpinionVote => ({ participantId: p, statementId: `s${j}`, vote: i === 0 ? 1 : -1 })));
    const map = computeOpinionMap({ votes: two });
    expect(map.groups).toEqual([]);
    expect(map.consensus).toEqual([]);
    expect(map.points.map((p) => [p.participantId, p.group])).toEqual([['a', -1], ['b', -1]]);
    expect(map.points.every((p) => Number.isFinite(p.x) && Number.isFinite(p.y))).toBe(true);
  });

  it('forms no groups when everybody votes alike', () => {
    const alike = ['a', 'b', 'c', 'd'].flatMap((p) => Array.from({ length: 8 }, (_, j): OpinionVote => ({ participantId: p, statementId: `s${j}`, vote: 1 })));
    const map = computeOpinionMap({ votes: alike });
    expect(map).toMatchObject({ counted: 4, groups: [], consensus: [] });
    expect(map.points.map((p) => [p.x, p.y])).toEqual([[0, 0], [0, 0], [0, 0], [0, 0]]);
  });

  it('splits a small room of two camps', () => {
    const camps = Array.from({ length: 6 }, (_, i) => i).flatMap((i) =>
      Array.from({ length: 8 }, (_, j): OpinionVote => ({ participantId: `m${i}`, statementId: `s${j}`, vote: j === 7 ? 1 : (i < 3) === (j < 4) ? 1 : -1 })),
    );
    const map = computeOpinionMap({ votes: camps });
    expect(map.groups.map((g) => g.members)).toEqual([['m0', 'm1', 'm2'], ['m3', 'm4', 'm5']]);
    expect(map.consensus.map((c) => c.statementId)).toEqual(['s7']);
  });
});

describe('主成分', () => {
  it('matches ml-pca on the imputed, centred matrix (up to sign)', () => {
    const matrix = buildVoteMatrix(plantedRoom(11).votes, undefined, 7);
    const m = matrix.statementIds.length;
    const { center, components } = principalComponents(matrix);
    const rows = Array.from({ length: matrix.participantIds.length }, (_, i) =>
      Array.from({ length: m }, (_, j) => {
        const v = matrix.cells[i * m + j]!;
        return v === UNSEEN ? center[j]! : v;
      }),
    );
    const reference = new PCA(rows, { method: 'SVD' }).getEigenvectors();
    components.forEach((pc, c) => {
      const expected = reference.getColumn(c);
      const cos = pc.reduce((s, x, j) => s + x * expected[j]!, 0);
      expect(Math.abs(cos)).toBeGreaterThan(1 - 1e-6);
    });
  });
});

describe('调整兰德指数', () => {
  it('is 1 for the same grouping under other names and about 0 for an unrelated one', () => {
    expect(adjustedRandIndex([0, 0, 1, 1, 2, 2], [5, 5, 3, 3, 9, 9])).toBe(1);
    expect(adjustedRandIndex([0, 0, 0, 1, 1, 1], [0, 1, 0, 1, 0, 1])).toBeCloseTo(-1 / 9, 10);
    // scikit-learn's documented example (0.57).
    expect(adjustedRandIndex([0, 0, 1, 1], [0, 0, 1, 2])).toBeCloseTo(0.5714285714, 8);
    expect(adjustedRandIndex([1, 1, 1], [2, 2, 2])).toBe(1);
    expect(adjustedRandIndex([], [])).toBe(1);
    expect(() => adjustedRandIndex([0], [0, 1])).toThrow(RangeError);
  });
});
