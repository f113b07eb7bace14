/**
 * What kind of thing the cause step is, read from its own name and description, as a consultant reads it: a
 * target or commission (change what it rewards), a rota or schedule (plan from demand), a rule or terms (rewrite
 * the rule, with a check before any "no"), a supplier or subcontractor (a check at hand-over and a contract term),
 * a script or training (rewrite it from real cases), a hand-off of the case (the case travels with its history), a
 * system or platform (fix or guard it, with a fallback when it fails). Used only where no subject the pain names
 * has advice of its own and the first prevention would otherwise be a general one (match.ts). The first kind that
 * matches wins: "sales targets tracked in the CRM" is a target, "a rota planned in the system" a rota.
 */
import type { Touchpoint } from '../model';

export const CAUSE_KINDS = ['target', 'rota', 'rule', 'supplier', 'script', 'handoff', 'system'] as const;
export type CauseKind = (typeof CAUSE_KINDS)[number];

const CAUSE_KIND_WORDS: Readonly<Record<CauseKind, RegExp>> = {
  // Not a target customer or a technical spec (技术指标): what the people at the step are paid or judged on.
  target:
    /\b(sales|monthly|weekly|daily|response|revenue|conversion|booking) targets?\b|\btargets? (for|on|per)\b|\bquotas?\b|\bcommission (on|per|scheme|plan|rate)s?\b|\bcommissions\b|\bon commission\b|\bbonus(es)?\b|\bKPIs?\b|\bincentives?\b|(?<!技术|性能|质量)指标|提成|考核|业绩|返点|产值/i,
  // Not a gear shift or scheduled maintenance: who is on duty, or how many are booked, when.
  rota: /\b(rotas?|rosters?|rostering|staffing)\b|\b(night|day|early|late) shifts?\b|\bshift (plan|pattern)s?\b|\bschedul(e|ing) (of )?(staff|shifts|appointments|surgeries|operations|engineers|technicians|doctors)\b|排班|排期|班次|排程/i,
  // Not an insurance policy sold to the customer: a rule the company sets.
  rule: /\b(?<!(insurance|reimbursement|excess|travel|health|life|cover) )polic(y|ies)\b|\b(rules?|terms( and| &) conditions|terms|T&Cs?|regulations?)\b|规定|制度|条款|规则/i,
  supplier:
    /\b(suppliers?|subcontract\w*|contractors?|outsourc\w*|lab|laboratory|partner (firm|company|companies|lab|clinic|hospital|garage|airline)s?)\b|\bthird[- ]part(y|ies)\b(?! (insurance|cover|liability|claims?))|供应商|外包|合作方|加工厂|第三方(?!责任|险|保险)/i,
  script: /\b(scripts?|training)\b|话术|培训|脚本/i,
  // Not a ticket office: the case passed on, with or without its history.
  handoff: /\b(hand-?offs?|hand-?overs?|CRM|case notes|(support|service|repair|job) tickets?|ticket (queue|routing|dispatch)|(intake|claim|referral|request) forms?)\b|交接|工单/i,
  system: /\b(systems?|apps?|platforms?|portal|software|database)\b|\b(billing|pricing|payment|review|rules?|decision|matching|recommendation) engines?\b|系统|平台|数据库/i,
};

/** The kind of the cause step, by its name first, then its description; undefined when neither names one. */
export function causeKindOf(cause: Pick<Touchpoint, 'title' | 'description'> | undefined): CauseKind | undefined {
  if (!cause) return undefined;
  for (const text of [cause.title, cause.description ?? '']) {
    const kind = CAUSE_KINDS.find((k) => CAUSE_KIND_WORDS[k].test(text));
    if (kind) return kind;
  }
  return undefined;
}
