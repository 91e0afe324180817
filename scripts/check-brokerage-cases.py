#!/usr/bin/env python3
"""A second, independent working of the brokerage cases (tests/cases/brokerage*.json, issue 25)
from the data's wording (src/engine/brokerage/brokerage.json), not from brokerage/estimate.rs: which period
and policy a firm and a Japan date fall in, the basis (official or reported) of the firm's
mapping, the money a "half" policy works out (loss = paid - value, never below 0; the share
rounded down to the yen; plus the fees where the policy refunds them and the solatium), and the
codes of the lines, the lowering lines and the open points. Reports every difference with the
case file. By hand:

    python3 scripts/check-brokerage-cases.py"""
import json, glob, os, re, sys, unicodedata, datetime as dt

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = json.load(open(f'{ROOT}/src/engine/brokerage/brokerage.json', encoding='utf-8'))
SOURCES = {s['id']: s for s in DATA['sources']}
POLICIES = {p['id']: p for p in DATA['policies']}
FIRMS = {f['id']: f for f in DATA['firms']}
D = dt.date.fromisoformat

UNITS = {'億': 10**8, '万': 10**4, '千': 10**3}


def amount(raw):
    """Yen as typed: digits with , or spaces, full width, 万/億/千, a trailing 円, a leading ¥."""
    s = unicodedata.normalize('NFKC', raw or '').strip().lstrip('¥\\').strip()
    s = s[:-1] if s.endswith('円') else s
    s = s.replace(',', '').replace(' ', '')
    if not s:
        return None
    total, rest = 0, s
    for u, mult in UNITS.items():
        if u in rest:
            head, rest = rest.split(u, 1)
            if not re.fullmatch(r'\d+(\.\d+)?', head):
                return None
            total += round(float(head) * mult)
    if rest:
        if not re.fullmatch(r'\d+', rest):
            return None
        total += int(rest)
    return total


def date(raw):
    s = unicodedata.normalize('NFKC', raw or '').strip()
    m = re.fullmatch(r'(\d{4})[-/年](\d{1,2})[-/月](\d{1,2})日?', s)
    if not m:
        return None
    try:
        return dt.date(*map(int, m.groups()))
    except ValueError:
        return None


def model(case, today):
    out = {'placement': 'incomplete', 'period_from': None, 'period_until': None, 'policy': None, 'basis': None,
           'money': None, 'restore': False, 'lines': [], 'lowering': [], 'open': [], 'bad': []}
    bad = out['bad']
    firm_id = (case.get('firm') or '').strip()
    if firm_id and firm_id != 'other' and firm_id not in FIRMS:
        bad.append('firm')
    d = date(case.get('date'))
    if d is not None and d > today:
        bad.append('date_future')
        d = None
    elif d is None and (case.get('date') or '').strip():
        bad.append('date')
    paid = value = 0
    if case.get('bought'):
        for i, r in enumerate(case.get('bought_rows', [])):
            p, v = amount(r.get('paid')), amount(r.get('value'))
            if p is not None and v is not None:
                paid += p
                value += v
            elif (r.get('paid') or '').strip() or (r.get('value') or '').strip():
                if p is None:
                    bad.append(f'paid.{i}')
                if v is None:
                    bad.append(f'value.{i}')
    fees = 0
    if (case.get('fees') or '').strip():
        fees = amount(case['fees'])
        if fees is None:
            bad.append('fees')
            fees = 0

    def common():
        out['lowering'].append('id-management')
        if firm_id == 'nomura':
            out['lowering'].append('nomura-reduce')
        how = case.get('how_taken')
        if how == 'told':
            out['lowering'].append('told')
        elif how in ('phishing', 'malware', 'reused'):
            out['open'].append('fault-judging')
        if case.get('mfa') == 'off':
            out['lowering'].append('mfa-off')
        if case.get('withdrawn'):
            out['open'].append('withdrawn')
        out['open'].append('report-deadline')

    if firm_id == 'other':
        out['placement'] = 'other_firm'
        out['lines'] += ['other-firm', 'agreement']
        common()
        return out
    if firm_id not in FIRMS or d is None:
        return out
    firm = FIRMS[firm_id]
    if d < D(DATA['agreement']['from']):
        out['placement'] = 'before_agreement'
        out['lines'].append('before-agreement')
        common()
        return out
    period = next((p for p in firm['periods'] if D(p['from']) <= d and (p['until'] is None or d <= D(p['until']))), None)
    if period is None:
        out['placement'] = 'before_agreement'
        common()
        return out
    out.update(placement='in_period', period_from=period['from'], period_until=period['until'],
               policy=period['policy'], basis=SOURCES[period['cite']['source']]['kind'])
    pol = POLICIES[period['policy']]
    if firm['in_agreement']:
        out['lines'].append('agreement')
    out['lines'].append('policy')
    loss = max(0, paid - value)
    if pol['kind'] == 'half':
        share = loss * pol['rate_percent'] // 100
        f = fees if pol['fees_refunded'] is True else None
        out['money'] = {'paid': paid, 'value': value, 'loss': loss, 'rate_percent': pol['rate_percent'], 'share': share,
                        'fees': f, 'solatium': pol['solatium_yen'],
                        'total': share + (f or 0) + (pol['solatium_yen'] or 0)}
        out['lines'].append('rounding')
        if len(case.get('bought_rows', [])) > 1:
            out['open'].append('netting')
        if pol['fees_refunded'] is None or pol['solatium_yen'] is None:
            out['open'].append('fees-solatium')
        if case.get('sold_own'):
            if pol['counts_own_sold']:
                out['open'].append('own-sold-measure')
            else:
                out['lines'].append('own-sold-excluded')
    elif pol['kind'] == 'basis_only':
        out['money'] = {'paid': paid, 'value': value, 'loss': loss, 'rate_percent': None, 'share': None,
                        'fees': None, 'solatium': None, 'total': None}
        out['open'].append('share-open')
    elif pol['kind'] == 'restore':
        out['restore'] = True
        out['lines'].append('restore-firm')
        if firm.get('cutoff_open'):
            out['open'].append('restore-cutoff')
    common()
    return out


def main():
    total = bad = 0
    files = sorted(glob.glob(f'{ROOT}/tests/cases/brokerage*.json'))
    if not files:
        print('no tests/cases/brokerage*.json')
        return 1
    for f in files:
        doc = json.load(open(f, encoding='utf-8'))
        for entry in doc['cases']:
            total += 1
            mine = model(entry['case'], D(entry['today']))
            exp = entry['expect']
            probs = [f'file  {k}: {json.dumps(exp.get(k), ensure_ascii=False)}\n    model {k}: {json.dumps(v, ensure_ascii=False)}'
                     for k, v in mine.items() if exp.get(k) != v]
            probs += [f'file has {k}, the model does not' for k in exp if k not in mine]
            if probs:
                bad += 1
                print(f'--- {os.path.basename(f)} :: {entry["name"]}')
                for p in probs:
                    print('    ' + p)
    print(f'{total} brokerage cases, {bad} with a difference')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
