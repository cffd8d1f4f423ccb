package app.runaway.activity;

/**
 * Published in the transaction that changed the athlete's say on an activity as evidence of fitness, so that
 * analyses and answers built on the old one (a VDOT, a record) are not served again.
 */
public record ActivityEvidenceChanged(long athleteId, long activityId, ActivityEvidence evidence) {
}
