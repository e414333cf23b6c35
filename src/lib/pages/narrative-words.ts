/**
 * Words that mark a sentence as saying what was decided, promised or done (an outcome), for the extractive
 * accounts of events (narrative.ts). General English, not tied to a topic; matched as whole words, any case.
 */
export const OUTCOME_WORDS: readonly string[] = [
  // agreements and decisions
  'agreed', 'agreement', 'signed', 'approved', 'decided', 'ratified', 'endorsed', 'adopted', 'reached a deal', 'struck a deal',
  // announcements and promises
  'announced', 'unveiled', 'pledged', 'promised', 'committed', 'vowed', 'proposed', 'offered', 'invited', 'launched',
  'declared', 'confirmed',
  // votes, courts, elections, appointments
  'voted', 'passed', 'ruled', 'overturned', 'upheld', 'sentenced', 'convicted', 'acquitted', 'charged', 'fined',
  'elected', 'appointed', 'resigned', 'won', 'beat', 'defeated',
  // incidents
  'killed', 'died', 'injured', 'collapsed', 'struck', 'destroyed', 'crashed', 'exploded', 'evacuated', 'rescued',
  // money
  'awarded', 'granted', 'allocated', 'invested', 'funded',
];
