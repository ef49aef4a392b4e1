// The editor's form values: the plan content exactly as the API takes it (dates as ISO strings),
// with the issuer, parents and addressees beside it, so server field keys such as
// "content.phases.1.to" name form fields directly.
import type { DateRef, PlanContent } from '../../../shared/campaign-plan.ts'
import type { CampaignDetail } from '../../types.ts'

export interface PlanFormValues {
  issuerId: string | undefined
  parentIds: string[]
  addresseeIds: string[]
  content: PlanContent
}

type Ceremony = NonNullable<PlanContent['ceremony']>

export function toFormValues(plan: CampaignDetail): PlanFormValues {
  return { issuerId: plan.issuerId, parentIds: plan.parentIds, addresseeIds: plan.addressees.map((a) => a.organizationId), content: plan.content }
}

/** Inputs leave '' where the plan means "not given" (null). */
function orNull(value: string | null | undefined): string | null {
  return value && value.trim() ? value : null
}

/** A date reference with only its own kind's fields (switching kind in the form leaves the other's behind). */
function dateRef(ref: DateRef): DateRef
function dateRef(ref: DateRef | null | undefined): DateRef | null
function dateRef(ref: DateRef | null | undefined): DateRef | null {
  if (!ref) return null
  return ref.kind === 'date' ? { kind: 'date', date: ref.date } : { kind: 'event', eventId: ref.eventId, offsetDays: ref.offsetDays }
}

/** The content as the API takes it: optional texts null when blank, each date reference and legal basis with its own fields only. */
export function toPlanContent(content: PlanContent): PlanContent {
  return {
    ...content,
    governingBody: orNull(content.governingBody),
    legalBases: content.legalBases.map((basis) =>
      basis.kind === 'campaign'
        ? { kind: 'campaign', campaignId: basis.campaignId }
        : { kind: 'document', number: basis.number ?? '', date: basis.date ?? null, issuer: orNull(basis.issuer), title: orNull(basis.title) },
    ),
    theme: orNull(content.theme),
    period: { from: dateRef(content.period.from), to: dateRef(content.period.to), asWritten: orNull(content.period.asWritten) },
    phases: content.phases.map((phase) => ({
      ...phase,
      asWritten: orNull(phase.asWritten),
      goal: orNull(phase.goal),
      review: phase.review && { ...phase.review, due: dateRef(phase.review.due), asWritten: orNull(phase.review.asWritten) },
    })),
    targetGroups: content.targetGroups.map((group) => ({ ...group, heading: orNull(group.heading) })),
    awardForms: content.awardForms.map((form) => ({ ...form, authority: orNull(form.authority), quota: orNull(form.quota) })),
    dossier: { ...content.dossier, copies: content.dossier.copies ?? null, submitTo: orNull(content.dossier.submitTo) },
    deadlines: content.deadlines.map((deadline) => ({ ...deadline, due: dateRef(deadline.due), note: orNull(deadline.note) })),
    ceremony: content.ceremony && {
      ...content.ceremony,
      date: content.ceremony.date ?? null,
      place: orNull(content.ceremony.place),
      attendees: content.ceremony.attendees.map((attendee) => ({ ...attendee, count: attendee.count ?? null })),
      programme: content.ceremony.programme.map((item) => ({ ...item, speaker: orNull(item.speaker) })),
    },
    assignments: content.assignments.map((assignment) => ({ ...assignment, organizationId: assignment.organizationId ?? null, heading: orNull(assignment.heading) })),
    closing: orNull(content.closing),
    signer: { ...content.signer, onBehalfOf: orNull(content.signer.onBehalfOf) },
  }
}

/** Do two sets of values make the same request (what the user typed, blanks and leftovers aside)? */
export function sameValues(a: PlanFormValues, b: PlanFormValues): boolean {
  const key = (values: PlanFormValues) =>
    JSON.stringify([values.issuerId ?? null, values.parentIds ?? [], values.addresseeIds ?? [], toPlanContent(values.content)])
  return key(a) === key(b)
}

/** Ids for events, phases, groups… (unique within the plan; no secure context needed). */
export function newLocalId(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`
}

export const newEvent = (): PlanContent['events'][number] => ({ id: newLocalId(), name: '', date: null })
export const newPhase = (): PlanContent['phases'][number] => ({ id: newLocalId(), name: '', from: '', to: '', review: null })
export const newTargetGroup = (): PlanContent['targetGroups'][number] => ({ id: newLocalId(), kind: 'collective', name: '', criteria: [] })
export const newAwardForm = (): PlanContent['awardForms'][number] => ({ id: newLocalId(), catalogueCode: null, name: '', authority: null, targetGroupIds: [], quota: null })
export const newDeadline = (): PlanContent['deadlines'][number] => ({ id: newLocalId(), kind: 'dossier', name: '', due: { kind: 'date', date: '' }, note: null })
export const newAssignment = (): PlanContent['assignments'][number] => ({ organizationId: null, organizationName: '', tasks: [''] })
export const newSection = (): PlanContent['sections'][number] => ({ title: '', blocks: [] })
export const newLegalBasis = (): PlanContent['legalBases'][number] => ({ kind: 'document', number: '', date: null, issuer: null, title: null })
export const emptyCeremony = (): Ceremony => ({ date: null, place: null, attendees: [], programme: [], pledgeSigners: [] })
