/**
 * Published and previously computed reference numbers (shared/research/datasets.md).
 * @module
 */

/** One reference row: where it comes from, which method, and its metric values. */
export interface ReferenceRow {
  source: string
  method: string
  metrics: Record<string, number>
}

const BC = 'research/datasets.md §4 (Python, random.Random(42))'
const RC = 'research/datasets.md §1 (mean of 5 keysets)'
const TIFU = 'research/datasets.md §2 (TIFU split)'

/** Reference rows per section key (`<dataset>/<protocol>/<split>`). */
export const REFERENCES: Readonly<Record<string, readonly ReferenceRow[]>> = {
  'groceries/basket-completion/random': [
    { source: BC, method: 'popularity', metrics: { 'HR@10': 0.3941, 'NDCG@10': 0.2189 } },
    {
      source: BC,
      method: 'cooccurrence',
      metrics: { 'HR@5': 0.2834, 'HR@10': 0.4039, 'MRR@10': 0.1749, 'NDCG@10': 0.2286 },
    },
  ],
  'retail/basket-completion/random': [
    { source: BC, method: 'popularity', metrics: { 'HR@10': 0.2479, 'NDCG@10': 0.1885 } },
    {
      source: BC,
      method: 'cooccurrence',
      metrics: { 'HR@5': 0.2316, 'HR@10': 0.2597, 'MRR@10': 0.1807, 'NDCG@10': 0.1998 },
    },
  ],
  'online_retail_france/basket-completion/temporal': [
    { source: BC, method: 'popularity', metrics: { 'HR@10': 0.1333, 'NDCG@10': 0.0694 } },
    {
      source: BC,
      method: 'cooccurrence',
      metrics: { 'HR@5': 0.12, 'HR@10': 0.1467, 'MRR@10': 0.0671, 'NDCG@10': 0.086 },
    },
  ],
  'tafeng/next-basket/keysets': [
    ...(
      [
        ['G-TopFreq', [0.0813, 0.0861, 0.2504, 0.1071, 0.0954, 0.3287]],
        ['P-TopFreq', [0.1072, 0.0957, 0.3575, 0.1384, 0.1093, 0.436]],
        ['GP-TopFreq', [0.1212, 0.1014, 0.3794, 0.1685, 0.1204, 0.4872]],
      ] as const
    ).map(([method, v]) => ({ source: RC, method, metrics: nbr(v) })),
    {
      source: 'research/datasets.md §1 (JunoPrent reproduction, folds 0–4)',
      method: 'DREAM',
      metrics: nbr([0.1131, 0.1038, 0.307, 0.1444, 0.1162, 0.3955]),
    },
  ],
  'tafeng/next-basket/tifu': [
    { source: TIFU, method: 'G-TopFreq', metrics: { 'Recall@10': 0.0822, 'NDCG@10': 0.0868 } },
    { source: TIFU, method: 'P-TopFreq', metrics: { 'Recall@10': 0.0898, 'NDCG@10': 0.0766 } },
    {
      source: TIFU,
      method: 'GP-TopFreq',
      metrics: { 'Recall@10': 0.1189, 'Recall@20': 0.1706, 'NDCG@10': 0.0888, 'NDCG@20': 0.1091 },
    },
    {
      source: 'TIFU-KNN paper (SIGIR 2020), research/datasets.md §2',
      method: 'TIFU-KNN',
      metrics: { 'Recall@10': 0.1301, 'Recall@20': 0.181, 'NDCG@10': 0.1011, 'NDCG@20': 0.1206 },
    },
  ],
}

function nbr(v: readonly number[]): Record<string, number> {
  const [r10, n10, p10, r20, n20, p20] = v
  return {
    'Recall@10': r10!,
    'NDCG@10': n10!,
    'PHR@10': p10!,
    'Recall@20': r20!,
    'NDCG@20': n20!,
    'PHR@20': p20!,
  }
}
