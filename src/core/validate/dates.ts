// Order of a document's dates: nobody is registered, issued a card or dies
// before being born, and nothing expires before it is issued.

export interface DateIssue {
  field: string;
  code: string;
  message: string;
}

/** Today's date in ISO form, in Vietnam's time zone (UTC+7), where the desks are. */
export function todayIso(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

const iso = /^\d{4}-\d{2}-\d{2}$/;

interface Rule { later: string; earlier: string; code: string; message: string }

const orderRules: Rule[] = [
  { later: 'co_gia_tri_den', earlier: 'ngay_cap', code: 'expiry_before_issue', message: 'the expiry date is before the issue date' },
  { later: 'ngay_cap', earlier: 'ngay_sinh', code: 'issue_before_birth', message: 'the issue date is before the date of birth' },
  { later: 'ngay_dang_ky', earlier: 'ngay_sinh', code: 'registration_before_birth', message: 'the registration date is before the date of birth' },
  { later: 'ngay_chet', earlier: 'ngay_sinh', code: 'death_before_birth', message: 'the date of death is before the date of birth' },
  { later: 'ngay_dang_ky', earlier: 'ngay_chet', code: 'registration_before_death', message: 'the death was registered before the date of death' },
  { later: 'ngay_dang_ky', earlier: 'chong_ngay_sinh', code: 'registration_before_birth', message: 'the registration date is before the husband\'s date of birth' },
  { later: 'ngay_dang_ky', earlier: 'vo_ngay_sinh', code: 'registration_before_birth', message: 'the registration date is before the wife\'s date of birth' },
];

/** Fields that cannot lie in the future (an expiry date can). */
const notFuture = ['ngay_sinh', 'chong_ngay_sinh', 'vo_ngay_sinh', 'ngay_cap', 'ngay_dang_ky', 'ngay_chet', 'ngay_ban_hanh'];

export function checkDates(fields: Record<string, string>, today: string = todayIso()): DateIssue[] {
  const issues: DateIssue[] = [];
  for (const key of notFuture) {
    const v = fields[key];
    if (v && iso.test(v) && v > today) issues.push({ field: key, code: 'date_in_future', message: 'the date lies in the future' });
  }
  for (const r of orderRules) {
    const a = fields[r.later];
    const b = fields[r.earlier];
    if (a && b && iso.test(a) && iso.test(b) && a < b) issues.push({ field: r.later, code: r.code, message: r.message });
  }
  return issues;
}
