#!/usr/bin/env python3
"""A second, independent working of the hand-worked cases (tests/cases/*.json), from the packs'
wording and the holiday fixture, not from assess.rs: per loss covered / notify_by / days_left /
reason, the deadlines (民法142 extension only for periods counted forward from an event: 002's
window and the two-year bar), and the reasons with their clauses. It reports where a case file,
this model or the engine (the CLI example) disagree. Run by `make test` (after the CLI check builds the example); by hand:

    cargo build --offline --example assess && python3 scripts/check-cases.py [FILE-SUBSTRING]

Verdicts and amounts are not modelled here; the case files' hand working covers them."""
import json, glob, os, sys, subprocess, tempfile, datetime as dt, calendar

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
D = dt.date.fromisoformat

HOLIDAYS = set()
for line in open(f'{ROOT}/tests/fixtures/jp_holidays_1955_2027.csv', encoding='utf-8').read().splitlines()[1:]:
    HOLIDAYS.add(D(line.split(',')[0]))


def closed(d):
    # Bank closed: Sat, Sun, national holiday, Dec 31 - Jan 3.
    if d.year > 2027:
        raise SystemExit(f'no holiday data for {d}')
    return d.weekday() >= 5 or d in HOLIDAYS or (d.month, d.day) in [(12, 31), (1, 1), (1, 2), (1, 3)]


def next_open(d):
    x = d + dt.timedelta(1)
    while closed(x):
        x += dt.timedelta(1)
    return x


def load_packs():
    ps = {}
    for f in glob.glob(f'{ROOT}/src/engine/packs/*.json'):
        if os.path.basename(f) == 'ledger.json':
            continue
        p = json.load(open(f, encoding='utf-8'))
        ps[p['id']] = p
    for p in ps.values():
        if p.get('inherit'):
            base = ps[p['inherit']]
            for k in ['groups', 'questions', 'steps', 'contacts']:
                p.setdefault(k, base.get(k, []))
    return ps


PACKS = load_packs()

# Days D such that a loss is covered iff notice <= loss + D, from each wording:
#  "within N days from the day after the loss" -> the day after is day 1, so day N is loss + N.
#  "excluded if on or before the day N days before notice" -> covered iff loss > notice - N,
#     i.e. loss >= notice - (N-1), i.e. notice <= loss + N - 1.
#  "on or after the day N days before notice" -> loss >= notice - N, i.e. notice <= loss + N.
# Forward periods (counted from the event) may be extended by 民法142; backward ones (counted
# from the notice) are not (issue 13).
WORDING = {
    'within_days_from_day_after_loss': (lambda n: n, True),
    'loss_after_day_n_days_before_notice': (lambda n: n - 1, False),
    'loss_on_or_after_day_n_days_before_notice': (lambda n: n, False),
}


def last_open(p, date):
    """Issue 13's call-by moment: the first listed contact with a number and bank-day hours,
    its closing time on the last bank day on or before `date`."""
    for c in p.get('contacts') or []:
        h = c['hours']
        if c.get('phone') and h['kind'] == 'bank_days':
            d = date
            while closed(d):
                d -= dt.timedelta(1)
            return {'at': f"{d.isoformat()}T{h['close']}", 'contact': c['id']}
    return None


def cap_note(p, customer):
    rule = p['customers'][customer]
    return rule.get('cap_note') if rule['eligible'] and rule.get('cap_yen') else None


def years_later(event, years):
    # 民法140: first day not counted; 143(2): ends the day before the corresponding day of the
    # first counted day, or at month end where none.
    first = event + dt.timedelta(1)
    y = first.year + years
    try:
        return D(f'{y:04d}-{first.month:02d}-{first.day:02d}') - dt.timedelta(1)
    except ValueError:
        return dt.date(y, first.month, calendar.monthrange(y, first.month)[1])


def cite(c):
    return {'doc': c['doc'], 'clause': c['clause']}


def factor_rank(f):
    # 'rob': reduced at a rate the bank sets (a reduction with no ratio in the source).
    return {'full': 0, 'ratio': 1, 'rob': 2, 'cbc': 3, 'excl': 4}[f[0]]


def worse(a, b):
    if a[0] == 'ratio' and b[0] == 'ratio':
        return a if a[1] <= b[1] else b
    return b if factor_rank(b) > factor_rank(a) else a


def model(case, today):
    p = PACKS[case['scheme']]
    qs = p['questions']
    qid = {q['id']: i for i, q in enumerate(qs)}
    rule = p['customers'][case['customer']]
    notified = D(case['notified_on']) if case.get('notified_on') else None
    notice = notified or today
    txs = case.get('transactions', [])
    answers = {k: v for k, v in (case.get('answers') or {}).items() if v is not None}
    w = p.get('window')
    bar = p.get('bar')
    bar_last = None
    if bar:
        base = D(case['stolen_on']) if case.get('stolen_on') else (min(D(t['date']) for t in txs) if txs else None)
        if base:
            bar_last = years_later(base, bar['years'])
    start = p['start']
    sdate = D(start['date'])
    stime = start.get('time')
    out = []
    for t in txs:
        d = D(t['date'])
        win = None
        if w:
            win = d + dt.timedelta(WORDING[w['rule']][0](w['days']) + (case.get('unavoidable_days', 0) if w.get('unavoidable_days_extend') else 0))
        if win and bar_last:
            nb, bar_binds = min(win, bar_last), bar_last < win
        elif bar_last:
            nb, bar_binds = bar_last, True
        else:
            nb, bar_binds = win, False
        cov, why = True, None
        unc = None
        if not rule['eligible']:
            cov, why = False, 'customer_type'
        elif d < sdate:
            cov, why = False, 'before_start'
        else:
            bs = False
            if d == sdate and stime:
                tt = t.get('time')
                if tt is None:
                    unc = 'time_unknown'
                elif tt < stime:
                    bs = True
                elif tt == stime and start['at_start_minute'] == 'ambiguous':
                    unc = 'start_ambiguous'
            # A loss after the notice date is not notified yet: judged as notified today.
            after = d > notice
            n = max(today, d) if after else notice
            if bs:
                cov, why = False, 'before_start'
            elif bar_last and n > bar_last:
                cov, why = False, 'two_year_bar'
            elif win and n > win:
                cov, why = False, 'window'
            elif unc:
                cov, why = None, unc
            elif after:
                cov, why = True, 'after_notice'
        out.append(dict(date=d, covered=cov, notify_by=nb, reason=why, bar_binds=bar_binds,
                        days_left=(nb - today).days if nb else None))

    # Deadlines: losses not yet notified (no notice, or dated after it), inside the scheme's
    # customer and start; kept while the date, or a lawful extension of it, is today or later.
    groups = {}
    if rule['eligible']:
        for i, r in enumerate(out):
            if r['notify_by'] is None or r['reason'] in ('customer_type', 'before_start'):
                continue
            if notified is not None and r['date'] <= notified:
                continue
            kind = 'two_year_bar' if r['bar_binds'] else 'notify'
            groups.setdefault((r['notify_by'], 0 if kind == 'two_year_bar' else 1), []).append(i)
    deadlines = []
    for (date, k), idx in sorted(groups.items()):
        kind = 'two_year_bar' if k == 0 else 'notify'
        forward = True if kind == 'two_year_bar' else WORDING[w['rule']][1]
        ext = next_open(date) if forward and closed(date) else None
        if date < today and (ext is None or ext < today):
            continue
        deadlines.append(dict(date=date.isoformat(), kind=kind,
                              counts='forward_from_event' if forward else 'back_from_notice',
                              days_left=(date - today).days,
                              may_be_extended_to=ext.isoformat() if ext else None,
                              call_by=last_open(p, date), transactions=idx))
    return out, deadlines


def effect_of(q, a):
    return q['effects']['yes' if a else 'no']


def answer_factor(q, a):
    e = effect_of(q, a)
    if e in ('ok', 'todo'):
        return ('full',)
    if e == 'reduces':
        r = q.get('ratio')
        return ('ratio', r['num'] / r['den'], r['num'], r['den']) if r else ('rob',)
    if e == 'case_by_case':
        return ('cbc',)
    return ('excl',)


def with_defaults(p, given):
    """The answers as the engine reads them: a fact the bank must prove (burden "bank") is, while
    unanswered, not established (its answer that cannot lower the claim), or, where the pack
    `presumed` it, taken as proved. Others stay unknown."""
    qs = p['questions']
    required = {r for q in qs for r in q.get('requires', [])}
    out = dict(given)
    for q in qs:
        if q['id'] in out or q.get('burden') != 'bank':
            continue
        if q['id'] in required:
            adverse = True
        else:
            fy, fn = answer_factor(q, True), answer_factor(q, False)
            adverse = worse(fy, fn) == fy
        out[q['id']] = adverse if q.get('presumed') else (not adverse)
    return out


def reasons_model(case, out, verdict, high_before_cap):
    """Reasons in the order the result lists them: the scheme's limits, then the answers in pack
    order, then the scheme's case-by-case clause, then the cap."""
    p = PACKS[case['scheme']]
    qs = p['questions']
    rule = p['customers'][case['customer']]
    answers = with_defaults(p, {k: v for k, v in (case.get('answers') or {}).items() if v is not None})
    R = []
    def add(code, c, eff):
        R.append({'code': code, 'effect': eff, **cite(c['cite'] if 'cite' in c else c)})
    if not rule['eligible']:
        add('customer_type', rule, 'excludes')
        return R
    has = lambda r: any(x['reason'] == r for x in out)
    if has('before_start'):
        add('before_start', p['start'], 'excludes')
    if has('start_ambiguous'):
        add('start', p['start'], 'case_by_case')
        if p['start'].get('conflict'):
            add('start_conflict', p['start']['conflict'], 'case_by_case')
    if has('window'):
        add('window', p['window'], 'excludes')
    if has('two_year_bar'):
        add('two_year_bar', p['bar'], 'excludes')
    if has('after_notice'):
        if p.get('window'):
            c = p['window']['cite']
        else:
            st = [s for s in p['steps'] if s.get('done_if') == 'notified']
            c = st[0]['cite'] if st else p['start']['cite']
        R.append({'code': 'after_notice', 'effect': 'todo', **cite(c)})
    softened_by = {}
    for q in qs:
        for s in q.get('softens', []):
            softened_by.setdefault(s, []).append(q['id'])
    shown = set()
    for q in qs:
        if q['id'] not in answers:
            continue
        a = answers[q['id']]
        e = effect_of(q, a)
        if e == 'ok':
            continue
        eff = {'todo': 'todo', 'excludes': 'excludes', 'reduces': 'reduces', 'case_by_case': 'case_by_case'}[e]
        if eff != 'todo' and not all(answers.get(r) is True for r in q.get('requires', [])):
            continue
        soft = next((s for s in softened_by.get(q['id'], []) if answers.get(s) is True), None)
        if eff == 'excludes' and soft:
            eff = 'case_by_case'
        R.append({'code': q['id'], 'effect': eff, **cite(q['cite'])})
        if eff == 'case_by_case' and soft and soft not in shown:
            shown.add(soft)
            sq = next(x for x in qs if x['id'] == soft)
            R.append({'code': soft, 'effect': 'case_by_case', **cite(sq['cite'])})
    if p.get('always_case_by_case'):
        add('case_by_case', p['always_case_by_case'], 'case_by_case')
    cap = rule.get('cap_yen')
    if cap is not None and verdict != 'none':
        rem = max(cap - case.get('already_compensated_yen', 0), 0)
        if high_before_cap > rem:
            add('cap', rule, 'caps')
    return R


def opt_factor(case):
    """The claim's factor with every unknown answer taken the best way (for whether the cap binds)."""
    p = PACKS[case['scheme']]
    qs = p['questions']
    answers = with_defaults(p, {k: v for k, v in (case.get('answers') or {}).items() if v is not None})
    required = {r for q in qs for r in q.get('requires', [])}
    softeners = {q['id'] for q in qs if q.get('softens')}
    def opt(q):
        if q['id'] in answers:
            return answers[q['id']]
        if q['id'] in required:
            return False
        if q['id'] in softeners:
            return True
        # the answer giving the better factor
        fy, fn = answer_factor(q, True), answer_factor(q, False)
        return worse(fy, fn) == fn
    assign = {q['id']: opt(q) for q in qs}
    f = ('cbc',) if p.get('always_case_by_case') else ('full',)
    for q in qs:
        a = assign[q['id']]
        t = answer_factor(q, a)
        if t == ('full',) or not all(assign.get(r) for r in q.get('requires', [])):
            continue
        if t == ('excl',) and any(assign.get(s) for s in qs_softeners(qs, q['id'])):
            t = ('cbc',)
        f = worse(f, t)
    return f


def opt_ratio_cap(case):
    """The smallest fixed ratio among the answers that fire, unknowns taken the best way."""
    p = PACKS[case['scheme']]
    qs = p['questions']
    answers = with_defaults(p, {k: v for k, v in (case.get('answers') or {}).items() if v is not None})
    best = None
    for q in qs:
        a = answers.get(q['id'])
        if a is None:
            continue  # the best way for an unknown is not to fire
        t = answer_factor(q, a)
        if t[0] != 'ratio' or not all(answers.get(r) is True for r in q.get('requires', [])):
            continue
        if best is None or t[1] < best[1]:
            best = t
    return best


def qs_softeners(qs, qid):
    return [q['id'] for q in qs if qid in q.get('softens', [])]


def high_before_cap(case, out):
    f = opt_factor(case)
    tot = sum(max(t['amount_yen'] - t.get('recovered_yen', 0), 0) for t, r in zip(case['transactions'], out) if r['covered'] is not False)
    if f[0] == 'excl':
        return 0
    if f[0] == 'ratio':
        return tot * f[2] // f[3]
    # Left to the bank (case by case, or a reduction at its rate): up to what the smallest fixed
    # ratio that also fires would pay.
    r = opt_ratio_cap(case)
    return tot * r[2] // r[3] if r else tot


CLI = f'{ROOT}/target/debug/examples/assess'


def build(scheme, clean, entry):
    case = dict(entry['case'])
    case.setdefault('version', 1)
    case.setdefault('scheme', scheme)
    if entry.get('clean', True):
        a = dict(clean)
        a.update(case.get('answers') or {})
        case['answers'] = a
    return case


def engine(case, today):
    with tempfile.NamedTemporaryFile('w', suffix='.json', delete=False) as f:
        json.dump(case, f)
    r = subprocess.run([CLI, '--today', today, f.name], capture_output=True, text=True)
    os.unlink(f.name)
    if r.returncode:
        return None
    a = json.loads(r.stdout)
    return {
        'verdict': a['verdict'], 'low': a['compensable_yen']['low'], 'high': a['compensable_yen']['high'],
        'transactions': [{k: t[k] for k in ['covered', 'notify_by', 'days_left', 'reason']} for t in a['transactions']],
        'cap_note': a['cap_note'],
        'deadlines': [{k: d[k] for k in ['date', 'kind', 'counts', 'days_left', 'may_be_extended_to', 'call_by', 'transactions']} for d in a['deadlines']],
        'reasons': [{'code': r['code'], 'effect': r['effect'], 'doc': r['cite']['doc'], 'clause': r['cite']['clause']} for r in a['reasons']],
    }


def main():
    only = sys.argv[1:]
    total = bad = 0
    for f in sorted(glob.glob(f'{ROOT}/tests/cases/*.json')):
        if only and not any(o in f for o in only):
            continue
        # The brokerage cases have their own model (scripts/check-brokerage-cases.py).
        if os.path.basename(f).startswith('brokerage'):
            continue
        doc = json.load(open(f, encoding='utf-8'))
        for entry in doc['cases']:
            total += 1
            case = build(doc['scheme'], doc['clean_answers'], entry)
            today = D(entry['today'])
            exp = entry['expect']
            out, dls = model(case, today)
            mine = {
                'transactions': [{'covered': r['covered'], 'notify_by': r['notify_by'].isoformat() if r['notify_by'] else None,
                                  'days_left': r['days_left'], 'reason': r['reason']} for r in out],
                'deadlines': dls,
                'cap_note': cap_note(PACKS[case['scheme']], case['customer']),
                'reasons': reasons_model(case, out, exp['verdict'], high_before_cap(case, out)),
            }
            eng = engine(case, entry['today'])
            probs = []
            for k, v in mine.items():
                if exp.get(k) != v:
                    probs.append(f'file   {k}: {json.dumps(exp.get(k), ensure_ascii=False)}\n    model  {k}: {json.dumps(v, ensure_ascii=False)}')
            if eng is None:
                probs.append('the engine refused the case')
            else:
                for k, v in eng.items():
                    if exp.get(k) != v:
                        probs.append(f'file   {k}: {json.dumps(exp.get(k), ensure_ascii=False)}\n    engine {k}: {json.dumps(v, ensure_ascii=False)}')
            if probs:
                bad += 1
                print(f'--- {os.path.basename(f)} :: {entry["name"]}')
                for p in probs:
                    print('    ' + p)
    print(f'{total} cases, {bad} with a difference')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
