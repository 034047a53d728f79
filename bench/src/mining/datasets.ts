/**
 * The benchmark's data sets, their targets and the answers both programs must give.
 * @module
 */

/** One benchmark case: a FIMI file, a minimum support and what "good enough" means. */
export interface BenchDataset {
  /** Short name, also the decompressed file's stem in the cache. */
  name: string
  /** File under the shared `datasets/fimi/` folder. */
  gzFile: string
  /** md5 of the decompressed `.dat` (from the data set's README). */
  md5: string
  minSupport: number
  /** Frequent pairs at `minSupport` (from the data set's README). */
  expectedPairs: number
  /** Largest accepted whole-process time ratio upcross / C++. */
  maxRatio: number
  /** Largest accepted peak resident memory of upcross, when there is a limit. */
  maxRssMiB?: number
}

/** The cases of issue 2, in the order they are run. */
export const DATASETS: readonly BenchDataset[] = [
  {
    name: 'retail',
    gzFile: 'retail.dat.gz',
    md5: 'adee1ec35bb5f7662447f123ac1037ba',
    minSupport: 0.001,
    expectedPairs: 3260,
    maxRatio: 4,
  },
  {
    name: 'kosarak_like990k',
    gzFile: 'kosarak_like990k.dat.gz',
    md5: '29dcaef3f3003bae02699e2171709fa1',
    minSupport: 0.002,
    expectedPairs: 1988,
    maxRatio: 2.5,
    maxRssMiB: 300,
  },
]
