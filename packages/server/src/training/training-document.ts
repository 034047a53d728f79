/**
 * The `training` configuration document: whether and how often a store is retrained on a
 * schedule, and with which settings — `{"retrainEveryHours": 24, "minNewOrders": 1}`. The
 * settings have the schema of `POST /train`'s body, so both accept exactly the same values.
 * @module
 */
import { type Static, Type } from 'typebox'
import { Compile } from 'typebox/compile'
import { fail, ok, type Result } from 'upcross'
import { validationIssues } from '../errors/validation-issues.js'

/** The training settings a request (or the schedule) may choose: `POST /train`'s body. */
export const TrainSettingsSchema = Type.Object(
  {
    halfLifeDays: Type.Optional(
      Type.Union([Type.Number({ exclusiveMinimum: 0 }), Type.Null()], {
        description: 'time decay of old orders; null = off (default)',
      }),
    ),
    maxBasketSize: Type.Optional(Type.Integer({ minimum: 2, maximum: 100_000 })),
    neighboursPerItem: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
    minItemCount: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  { additionalProperties: false },
)

/** The training settings a request may choose. */
export type TrainSettings = Static<typeof TrainSettingsSchema>

const TrainingDocumentSchema = Type.Object(
  {
    enabled: Type.Optional(Type.Boolean()),
    retrainEveryHours: Type.Number({ exclusiveMinimum: 0, maximum: 8760 }),
    minNewOrders: Type.Optional(Type.Integer({ minimum: 0 })),
    settings: Type.Optional(TrainSettingsSchema),
  },
  { additionalProperties: false },
)

const check = Compile(TrainingDocumentSchema)

/** A store's retraining schedule. */
export interface TrainingSchedule {
  /** `false` keeps the document but stops scheduled retraining (default `true`). */
  enabled: boolean
  /** Retrain once the latest model is this old (hours, > 0, at most a year). */
  retrainEveryHours: number
  /** …and at least this many orders arrived since it was trained (default 1; 0: age alone). */
  minNewOrders: number
  /** The settings of scheduled jobs (default: the defaults of `POST /train`). */
  settings: TrainSettings
}

/** Validates a `training` document; issues carry their path inside the document. */
export function parseTrainingDocument(value: unknown): Result<TrainingSchedule> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return fail({
      code: 'invalid_type',
      path: [],
      message: 'must be an object such as {"retrainEveryHours": 24, "minNewOrders": 1}',
    })
  // Never empty paths from here on, so the messages name the key ("minNewOrders must be …").
  if (!check.Check(value)) return fail(...validationIssues(check.Errors(value), 'body'))
  return ok({
    enabled: value.enabled ?? true,
    retrainEveryHours: value.retrainEveryHours,
    minNewOrders: value.minNewOrders ?? 1,
    settings: value.settings ?? {},
  })
}
