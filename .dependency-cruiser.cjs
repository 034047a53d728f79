/** Architecture rules (docs/architecture.md, "Dependency direction"), checked by `npm test`. */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Cycles make layers meaningless.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-is-pure',
      severity: 'error',
      comment:
        'The core (npm "upcross") has no runtime dependencies and does no I/O: no node: builtins, no packages.',
      from: { path: '^packages/core/src', pathNot: '\\.test\\.ts$' },
      to: { pathNot: '^packages/core/src' },
    },
    {
      name: 'core-domain-is-a-leaf',
      severity: 'error',
      comment:
        'domain ← ingest, mining, model ← offers, rules ← ranking; domain imports none of them.',
      from: { path: '^packages/core/src/domain' },
      to: {
        path: '^packages/core/src/(ingest|mining|model|offers|rules|ranking|eval|experiments|attribution|analytics|feedback)/',
      },
    },
    {
      name: 'core-mining-below-ranking',
      severity: 'error',
      from: {
        path: '^packages/core/src/(ingest|mining|model|upgrades|catalog)/',
        pathNot: '\\.test\\.ts$',
      },
      to: {
        path: '^packages/core/src/(offers|rules|ranking|eval|experiments|attribution|analytics|feedback)/',
      },
    },
    {
      name: 'core-measurement-below-ranking',
      severity: 'error',
      comment:
        'Measurement and learning (experiments ← attribution ← analytics, feedback) read events and the model; ranking may use them, never the reverse.',
      from: {
        path: '^packages/core/src/(experiments|attribution|analytics|feedback)/',
        pathNot: '\\.test\\.ts$',
      },
      to: { path: '^packages/core/src/(offers|rules|ranking|eval)/' },
    },
    {
      name: 'core-experiments-know-no-events',
      severity: 'error',
      comment: 'Assignment is a pure function of a unit id and settings.',
      from: { path: '^packages/core/src/experiments/', pathNot: '\\.test\\.ts$' },
      to: { path: '^packages/core/src/(attribution|analytics|feedback)/' },
    },
    {
      name: 'core-attribution-below-reports',
      severity: 'error',
      comment: 'Analytics and feedback read attribution; attribution reads neither.',
      from: { path: '^packages/core/src/attribution/', pathNot: '\\.test\\.ts$' },
      to: { path: '^packages/core/src/(analytics|feedback)/' },
    },
    {
      name: 'core-analytics-and-feedback-apart',
      severity: 'error',
      from: { path: '^packages/core/src/(analytics|feedback)/', pathNot: '\\.test\\.ts$' },
      to: { path: '^packages/core/src/(analytics|feedback)/', pathNot: '^packages/core/src/$1/' },
    },
    {
      name: 'core-rules-below-ranking',
      severity: 'error',
      comment: 'Merchant rules are data over candidates; ranking applies them, never the reverse.',
      from: { path: '^packages/core/src/rules/', pathNot: '\\.test\\.ts$' },
      to: { path: '^packages/core/src/(offers|ranking|eval)/' },
    },
    {
      name: 'core-selling-on-top',
      severity: 'error',
      comment:
        'Staff and planning tools (account plans, selling sheet, till prompts) read the model and the offer pipeline; nothing below them imports them.',
      from: {
        path: '^packages/core/src/(domain|ingest|mining|model|catalog|upgrades|offers|rules|ranking|util)/',
      },
      to: { path: '^packages/core/src/selling/' },
    },
    {
      name: 'nothing-imports-eval',
      severity: 'error',
      comment:
        "eval may import everything; nothing outside eval imports it (the CLI's `upcross eval` runner, bench and e2e may).",
      from: {
        path: '^packages/',
        pathNot: '^packages/core/src/eval/|^packages/cli/src/eval/|\\.test\\.ts$',
      },
      to: { path: '^packages/core/src/eval/' },
    },
    {
      name: 'engine-has-no-adapters',
      severity: 'error',
      comment: 'The engine holds use cases and ports: no SQL, HTTP, CLI or Node I/O.',
      from: { path: '^packages/engine/src', pathNot: '\\.test\\.ts$|/testing/' },
      to: {
        path: '^packages/(store-sql|cli|server)/|^node:|^(fs|path|os|child_process|http|net)$',
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'store-sql-is-an-adapter',
      severity: 'error',
      comment: 'Adapters depend on ports, never on the CLI or the server.',
      from: { path: '^packages/store-sql/src' },
      to: { path: '^packages/(cli|server)/' },
    },
    {
      name: 'emails-import-core-only',
      severity: 'error',
      comment:
        'Emails and printable sheets render what the core computed; the server and the CLI call them, never the reverse.',
      from: { path: '^packages/emails/src' },
      to: { path: '^packages/(engine|store-sql|server|cli)/' },
    },
    {
      name: 'widgets-talk-http-only',
      severity: 'error',
      comment:
        'Storefront widgets reach the server over HTTP only: no other package of the repository, no Node built-ins.',
      from: { path: '^packages/widgets/src' },
      to: { path: '^packages/(?!widgets/)|^node:' },
    },
    {
      name: 'client-is-http-only',
      severity: 'error',
      comment:
        'The client speaks HTTP to the server and never imports its code (its tests start a real server).',
      from: { path: '^packages/client/src', pathNot: '\\.test\\.ts$|/test-support/' },
      to: { path: '^packages/(core|engine|store-sql|server|cli|widgets|emails)/|^node:' },
    },
    {
      name: 'nothing-imports-bench-or-e2e',
      severity: 'error',
      from: { path: '^packages/' },
      to: { path: '^(bench|e2e)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)dist/|node_modules/(?!upcross$|@upcross/)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.check.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['@upcross/source', 'import', 'types', 'default'],
      extensions: ['.ts', '.js'],
    },
    combinedDependencies: false,
  },
}
