/** Words that give away what a suggestion assumes about its step; the knowledge-base test and the property test share them. */

/** Speaks to the people serving at the step. */
export const ADDRESSES_STAFF = /\bstaff\b|\bemployees?\b|the person at|the people at|\bwaiters?\b|员工|服务人员|服务员|店员|一线人员/i;
/** A gesture that needs the customer in front of you. */
export const FACE_TO_FACE = /face[- ]to[- ]face|\bin person\b|当面|面对面|亲自到场/i;
/** Promises the customer a time to be served in. */
export const PROMISES_A_TIME = /time you can beat|quote a time|能提前做到的时间/i;
/** Calls the customer (back) — no answer to a follow-up call that failed. */
export const FOLLOW_UP_CALL = /\bcall\w* (the customer |them |everyone |those )?back|call-back|回电|再次回访/i;
