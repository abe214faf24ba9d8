// Which agencies a core indicator can be asked of. A functional department (an economic commission,
// a planning bureau) is a respondent in reconsideration, not the body that receives and decides
// cases, and it runs no people's mediation; flagging those numbers as "missing" in its report would
// bury the real gaps under noise. Everything not listed here is expected of every agency type, and
// so is every indicator for a type the dashboard does not know (an imported agency's own type).
import type { AgencyType } from './types.ts';

const NOT_OF_FUNCTIONAL_DEPTS: readonly AgencyType[] = ['functional_dept'];

/** Agency types that are not expected to report the indicator. */
export const NOT_EXPECTED_OF: Readonly<Record<string, readonly AgencyType[]>> = {
  'reconsideration.received': NOT_OF_FUNCTIONAL_DEPTS,
  'reconsideration.accepted': NOT_OF_FUNCTIONAL_DEPTS,
  'reconsideration.closed': NOT_OF_FUNCTIONAL_DEPTS,
  'mediation.accepted': NOT_OF_FUNCTIONAL_DEPTS,
  'mediation.resolved': NOT_OF_FUNCTIONAL_DEPTS,
  'mediation.success_rate': NOT_OF_FUNCTIONAL_DEPTS,
};

export function isExpectedOf(indicatorId: string, type: AgencyType): boolean {
  return !(NOT_EXPECTED_OF[indicatorId] ?? []).includes(type);
}
