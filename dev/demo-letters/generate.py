#!/usr/bin/env python3
"""Renders the synthetic demo Final Determination Letters, expected.jsonl and the README table.

Every letter is invented (cases, numbers, wording). Run from the repository root:
    python3 dev/demo-letters/generate.py
The letter texts, expected.jsonl and the README table are all produced from the data in letters_*.py,
so the parser fixtures and the expected values cannot drift apart.
"""
import datetime as dt
import json
import os
import re
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
OUT = os.path.join(HERE, '..', '..', 'src', 'main', 'resources', 'demo', 'letters')
WIDTH = 95
PAGE_LINES = 48

LAYOUT_ENUM = {'A': 'NOTICE_2013', 'B': 'NARRATIVE_2014', 'C': 'DOCUMENTS_2015', 'D': 'HEADER_2016',
               'E': 'MEDICAL_PROFESSIONAL_REVIEW'}


def wrap(text, width=WIDTH):
    return textwrap.wrap(text, width=width, break_long_words=False, break_on_hyphens=False) or ['']


def d(iso):
    return dt.date.fromisoformat(iso)


def mdy(iso):          # 01/09/2017
    return d(iso).strftime('%m/%d/%Y')


def mdy_short(iso):    # 1/9/2017
    x = d(iso)
    return f'{x.month}/{x.day}/{x.year}'


def month_day_year(iso):  # January 9, 2017
    x = d(iso)
    return f'{x.strftime("%B")} {x.day}, {x.year}'


# ---------------------------------------------------------------- citations
# A citation is a dict: {'basis': 'MTUS', 'name': ..., 'edition': ..., 'section': ..., 'pages': ..., 'other': ...}
# or {'basis': 'NON_MTUS', 'other': ...} or {'basis': 'NONE'}.

def citation_text(c, who, modern):
    """who: 'CA' or 'REV'; modern: layout D form (name + year + Section(s)) or the older Page(s) form."""
    actor = 'The Claims Administrator' if who == 'CA' else 'The Expert Reviewer'
    if c['basis'] == 'NONE':
        return f'{actor} did not cite any medical evidence for its decision.'
    if c['basis'] == 'NON_MTUS':
        return (f'{actor} based their decision on recommendation(s) outside of the MTUS Guidelines. '
                f'Decision based on Non-MTUS Citation {c["other"]}.')
    if modern:
        s = f'Decision based on MTUS {c["name"]} {c["edition"]}'
        if c.get('section'):
            s += f', Section(s): {c["section"]}'
    else:
        s = f'Decision based on MTUS {c["name"]}'
        if c.get('pages'):
            s += f' Page(s): {c["pages"]}'
    s += '.'
    if c.get('other'):
        s += f' Decision based on Non-MTUS Citation {c["other"]}.'
    return s


def expand_pages(p):
    out = []
    for part in re.split(r'\s*(?:,|;|and)\s*', p):
        m = re.fullmatch(r'(\d+)-(\d+)', part.strip())
        if m:
            a, b = m.group(1), m.group(2)
            if len(b) < len(a):
                b = a[:len(a) - len(b)] + b
            out.append(f'{int(a)}-{int(b)}')
        elif part.strip():
            out.append(str(int(part.strip())))
    return out


def expected_citation(c, full):
    e = {'basis': c['basis']}
    if full and c['basis'] == 'MTUS':
        e['guideline'] = c['name']
        e['edition'] = c.get('edition')
        if c.get('pages'):
            e['pages'] = expand_pages(c['pages'])
    return e


# ---------------------------------------------------------------- item blocks

def item_heading(it, layout):
    out = it['outcome']
    m = it.get('mod')
    if m and m['variant'] == 1:
        return (f'{m["original"]} was the original request. The Claims Administrator authorized {m["authorized"]}, '
                f'leaving the original request IMR eligible. The original request, {m["original"]} is: {out}')
    if m and m['variant'] == 2:
        return (f'{m["original"]} was the original request. {m["authorized"]} was authorized by the Claims '
                f'Administrator. The remaining IMR eligible portion of the original request, {it["request"]} is: {out}')
    sep = ':  ' if layout == 'B' else ': '
    return f'{it["request"]}{sep}{out}'


def std_items(letter, modern):
    lines = []
    for it in letter['items']:
        lines += wrap(item_heading(it, letter['layout']))
        lines.append('')
        lines += wrap('Claims Administrator guideline: ' + citation_text(it['ca'], 'CA', modern))
        lines.append('')
        lines += wrap('MAXIMUS guideline: ' + citation_text(it['rev'], 'REV', modern))
        lines.append('')
        paras = it['rationale'] if isinstance(it['rationale'], list) else [it['rationale']]
        lines += wrap('Decision rationale: ' + paras[0])
        for p in paras[1:]:
            lines += wrap(p)
        lines.append('')
    return lines


def paras(ps):
    lines = []
    for p in ps:
        lines += wrap(p)
        lines.append('')
    return lines


def credentials_prose(letter, noun='physician reviewer'):
    certs = letter['certs']
    states = letter['states']
    st = states[0] if len(states) == 1 else ', '.join(states[:-1]) + ' and ' + states[-1]
    s = f'The {noun} is Board Certified in {certs[0]}'
    if len(certs) > 1:
        s += f', has a subspecialty in {certs[1]}, and is licensed to practice in {st}.'
    else:
        s += f' and is licensed to practice in {st}.'
    return s


HOW_OLD = ('MAXIMUS Federal Services sent the complete case file to a physician reviewer, who has no affiliation with '
           'the employer, the employee, the providers or the claims administrator. {cred} The reviewer has been in '
           'active clinical practice for more than five years and is currently working at least 24 hours a week in '
           'active practice, and was chosen for clinical experience, education, background and expertise in the same '
           'or similar specialties that evaluate and/or treat the medical condition and the disputed items/services. '
           'The reviewer is familiar with the governing laws and regulations, including the strength of evidence '
           'hierarchy that applies to Independent Medical Review determinations.')

HOW_D = ('MAXIMUS Federal Services sent the complete case file to an expert reviewer, who has no affiliation with the '
         'employer, the employee, the providers or the claims administrator. The reviewer has been in active clinical '
         'practice for more than five years and is currently working at least 24 hours a week in active practice, '
         'and was chosen for clinical experience, education, background and expertise in the same or similar '
         'specialties that evaluate and/or treat the medical condition and the disputed items/services. The reviewer '
         'is familiar with the governing laws and regulations, including the strength of evidence hierarchy that '
         'applies to Independent Medical Review determinations.')

SUMMARY_INTRO = ('The expert reviewer developed the following clinical case summary based on a review of the case '
                 'file, including all medical records:')
FINAL_INTRO = 'The Final Determination was based on decisions for the disputed items/services set forth below:'


# ---------------------------------------------------------------- layouts

def render_D(L):
    lines = [f'{"Case Number:":<22}{L["case"]}',
             f'{"Date Assigned:":<22}{mdy(L["assigned"]):<32}{"Date of Injury:":<21}{mdy(L["injury"])}',
             f'{"Decision Date:":<22}{mdy(L["decision"]):<32}{"UR Denial Date:":<21}{mdy(L["ur"])}',
             f'{"Priority:":<22}{L["priority"]:<32}{"Application":<21}{mdy(L["received"])}',
             ' ' * 54 + 'Received:',
             '',
             ' ' * 17 + 'HOW THE IMR FINAL DETERMINATION WAS MADE']
    lines += wrap(HOW_D)
    lines += ['', 'The Expert Reviewer has the following credentials:',
              'State(s) of Licensure: ' + L.get('states_text', ','.join(L['states'])),
              'Certification(s)/Specialty: ' + ', '.join(L['certs']), '',
              ' ' * 32 + 'CLINICAL CASE SUMMARY']
    lines += wrap(SUMMARY_INTRO)
    lines.append('')
    lines += paras(L['summary'])
    lines += [' ' * 22 + 'IMR ISSUES, DECISIONS AND RATIONALES']
    lines += wrap(FINAL_INTRO)
    lines.append('')
    lines += std_items(L, modern=True)
    return lines


def render_B(L):
    lines = ['HOW THE IMR FINAL DETERMINATION WAS MADE']
    lines += wrap(HOW_OLD.format(cred=credentials_prose(L)))
    lines += ['', 'CLINICAL CASE SUMMARY']
    lines += wrap(SUMMARY_INTRO)
    lines.append('')
    lines += paras(L['summary'])
    lines += ['IMR ISSUES, DECISIONS AND RATIONALES']
    lines += wrap(FINAL_INTRO)
    lines.append('')
    lines += std_items(L, modern=False)
    return lines


def render_C(L):
    lines = ['MAXIMUS FEDERAL SERVICES, INC.', 'Independent Medical Review', '',
             f'{"IMR Case Number:":<18}{L["case"]:<24}{"Date of Injury:":<17}{mdy(L["injury"])}',
             f'{"Decision Date:":<18}{mdy(L["decision"]):<24}UR Denial Date:  {mdy(L["ur"])}',
             '', 'HOW THE IMR FINAL DETERMINATION WAS MADE']
    lines += wrap(HOW_OLD.format(cred=credentials_prose(L)))
    lines += ['', 'DOCUMENTS REVIEWED']
    lines += wrap('The expert reviewer based the determination on the following documents:')
    lines.append('')
    for doc in L['docs']:
        lines += wrap(doc)
    lines += ['', 'CLINICAL CASE SUMMARY']
    lines += wrap(SUMMARY_INTRO)
    lines.append('')
    lines += paras(L['summary'])
    lines += ['IMR DECISION(S) AND RATIONALE(S)']
    lines += wrap(FINAL_INTRO)
    lines.append('')
    lines += std_items(L, modern=False)
    return lines


def a_outcome_line(i, it):
    verdict = 'is not medically necessary and appropriate' if it['outcome'] == 'Upheld' \
        else 'is medically necessary and appropriate'
    return wrap(f'{i}) MAXIMUS Federal Services, Inc. has determined the request for {it["request"]} {verdict}.')


def render_A(L):
    lines = [' ' * 30 + 'MAXIMUS FEDERAL SERVICES, INC.',
             ' ' * 21 + 'Notice of Independent Medical Review Determination',
             '', f'Dated: {mdy_short(L["decision"])}', '',
             f'{"IMR Case Number:":<26}{L["case"]}',
             f'{"Date of UR Decision:":<26}{mdy_short(L["ur"])}',
             f'{"Date of Injury:":<26}{mdy_short(L["injury"])}',
             'Employee:', 'Claim Number:', 'Claims Administrator:', '']
    lines += wrap('MAXIMUS Federal Services, Inc. has completed the Independent Medical Review of the treatment '
                  'in dispute. The determination for each disputed item is:')
    lines.append('')
    for i, it in enumerate(L['items'], 1):
        lines += a_outcome_line(i, it)
    lines.append('')
    lines += wrap('This determination is the final determination of the Administrative Director of the Division '
                  "of Workers' Compensation. It binds the employee and the employer unless a party files a timely "
                  'appeal with the Workers\' Compensation Appeals Board on one of the grounds the Labor Code allows.')
    lines += ['', 'INDEPENDENT MEDICAL REVIEW DECISION AND RATIONALE']
    lines += wrap(f'An application for Independent Medical Review was filed on {mdy_short(L["received"])} disputing '
                  f'the Utilization Review Denial dated {mdy_short(L["ur"])}. A Notice of Assignment and Request '
                  f'for Information was provided to the above parties on {mdy_short(L["assigned"])}. A decision '
                  'has been made for each of the treatment and/or services that were in dispute:')
    for i, it in enumerate(L['items'], 1):
        lines += a_outcome_line(i, it)
    lines += ['', 'Medical Qualifications of the Expert Reviewer:']
    lines += wrap('The independent Medical Doctor who made the decision has no affiliation with the employer, '
                  'employee, providers or the claims administrator. ' + credentials_prose(L) + ' The reviewer has '
                  'been in active clinical practice for more than five years, currently works at least 24 hours a '
                  'week in active practice, and was selected for clinical experience, education, background and '
                  'expertise in the same or similar specialties that evaluate and/or treat the condition and the '
                  'treatments in dispute.')
    lines += ['', 'Case Summary:']
    lines += wrap('Disclaimer: The following case summary was taken directly from the utilization review '
                  f'denial/modification dated {month_day_year(L["ur"])}.')
    lines.append('')
    summ = list(L['summary'])
    summ[0] = '\u201c' + summ[0]
    summ[-1] = summ[-1] + '\u201d'
    lines += paras(summ)
    lines += ['Documents Reviewed:']
    for i, doc in enumerate(L['docs'], 1):
        lines += wrap(f'{i}. {doc}')
    lines.append('')
    for i, it in enumerate(L['items'], 1):
        lines += wrap(f'{i}) Regarding the request for {it["request"]}:')
        lines.append('')
        lines += wrap('Claims Administrator guideline: ' + citation_text(it['ca'], 'CA', False))
        lines.append('')
        lines += wrap('MAXIMUS guideline: ' + citation_text(it['rev'], 'REV', False))
        lines.append('')
        lines.append('Rationale for the Decision:')
        ps = it['rationale'] if isinstance(it['rationale'], list) else [it['rationale']]
        lines += paras(ps)
    return lines


def render_E(L):
    lines = ['', 'MEDICAL PROFESSIONAL REVIEW', '', 'ISSUE AT DISPUTE:']
    for i, it in enumerate(L['items'], 1):
        lines += wrap(f'{i}. {it["request"]}: {it["outcome"]}')
        lines += wrap('Claims Administrator guideline: ' + citation_text(it['ca'], 'CA', False))
    lines += ['', 'CASE SUMMARY:']
    lines += paras(L['summary'])
    lines += ['DOCUMENTS REVIEWED FOR DETERMINATION:']
    for doc in L['docs']:
        lines += wrap('- ' + doc)
    lines += ['', 'MEDICAL TREATMENT GUIDELINE(S) RELIED UPON BY PROFESSIONAL', 'REVIEWER AND WHY:']
    for i, it in enumerate(L['items'], 1):
        lines += wrap(f'{i}. {it["request"]}: ' + citation_text(it['rev'], 'REV', False) + ' ' + it['why'])
        lines.append('')
    lines += ['RATIONALE FOR WHY THE REQUESTED TREATMENT/SERVICE IS/WAS NOT', 'MEDICALLY NECESSARY:']
    for i, it in enumerate(L['items'], 1):
        lines += wrap(f'{i}. {it["request"]}: ' + it['rationale'])
        lines.append('')
    lines += ['MEDICAL REVIEWER QUALIFICATIONS:']
    lines += wrap(credentials_prose(L, 'professional reviewer') + ' The reviewer has no affiliation with the '
                  'employer, the employee, the providers or the claims administrator, has been in active clinical '
                  'practice for more than five years and currently works at least 24 hours a week in active '
                  'practice.')
    return lines


RENDER = {'A': render_A, 'B': render_B, 'C': render_C, 'D': render_D, 'E': render_E}


def paginate(lines, double=False, trailing=False):
    if double:
        lines = [x for line in lines for x in (line, '')]
    if trailing:
        lines = [line + ' ' if line.strip() else line for line in lines]
    while lines and lines[-1] == '':
        lines.pop()
    out = []
    for i, line in enumerate(lines):
        out.append(('\f' if i and i % PAGE_LINES == 0 else '') + line)
    return '\n'.join(out) + '\n\f'


# ---------------------------------------------------------------- checks and expected values

def check(L):
    lay = L['layout']
    if lay in 'ACD':
        order = ['injury', 'ur', 'received', 'assigned', 'decision'] if lay != 'C' else ['injury', 'ur', 'decision']
        vals = [d(L[k]) for k in order]
        assert vals == sorted(vals) and len(set(vals)) == len(vals), (L['file'], 'date order')
        assert re.fullmatch(r'CM1[3-7]-9\d{6}', L['case']), L['file']
    if lay == 'D':
        assert L['priority'] in ('Standard', 'Expedited')
        days = (d(L['decision']) - d(L['assigned'])).days
        if L['priority'] == 'Standard':
            assert 21 <= days <= 39, (L['file'], days)
            assert d('2016-12-01') <= d(L['decision']) <= d('2017-11-30'), L['file']
    for it in L['items']:
        assert it['outcome'] in ('Upheld', 'Overturned')
        r = it['rationale'] if isinstance(it['rationale'], str) else ' '.join(it['rationale'])
        want = 'is not medically necessary.' if it['outcome'] == 'Upheld' else 'is medically necessary.'
        assert r.rstrip().endswith(want), (L['file'], it['request'], r[-60:])
        for c in (it['ca'], it['rev']):
            if c['basis'] == 'MTUS':
                if lay == 'D':
                    assert c.get('edition') and not c.get('pages'), (L['file'], c)
                else:
                    assert not c.get('edition') and not c.get('section'), (L['file'], c)


def expected(L):
    lay = L['layout']
    e = {'source': L['file'] + '.txt', 'layout': LAYOUT_ENUM[lay], 'caseNumber': L.get('case')}
    has = {'A': ('assigned', 'injury', 'decision', 'ur', 'received'), 'B': (), 'C': ('injury', 'decision', 'ur'),
           'D': ('assigned', 'injury', 'decision', 'ur', 'received'), 'E': ()}[lay]
    for key, name in (('assigned', 'dateAssigned'), ('injury', 'dateOfInjury'), ('decision', 'decisionDate'),
                      ('ur', 'urDenialDate'), ('received', 'applicationReceived')):
        e[name] = L[key] if key in has else None
    e['priority'] = L['priority'].upper() if lay == 'D' else None
    e['reviewer'] = {'licensureStates': L['states'], 'certifications': L['certs']}
    e['patient'] = {'age': L['age'], 'sex': L['sex'].upper()}
    items = []
    for it in L['items']:
        x = {'request': it['request'], 'outcome': it['outcome'].upper(),
             'claimsAdministratorGuideline': expected_citation(it['ca'], False),
             'reviewerGuideline': expected_citation(it['rev'], True)}
        if it.get('mod'):
            x['modification'] = {'originalRequest': it['mod']['original'], 'authorized': it['mod']['authorized']}
        items.append(x)
    e['items'] = items
    return e


def main():
    from letters_d import LETTERS as D
    letters = list(D)
    for mod in ('letters_b', 'letters_c', 'letters_a', 'letters_e'):
        try:
            letters += __import__(mod).LETTERS
        except ImportError:
            pass
    letters.sort(key=lambda L: L['file'])
    os.makedirs(OUT, exist_ok=True)
    rows = []
    with open(os.path.join(OUT, 'expected.jsonl'), 'w', encoding='utf-8') as jf:
        for L in letters:
            check(L)
            text = paginate(RENDER[L['layout']](L), double=L.get('double', False), trailing=L['layout'] == 'C' or L.get('double', False))
            with open(os.path.join(OUT, L['file'] + '.txt'), 'w', encoding='utf-8') as f:
                f.write(text)
            jf.write(json.dumps(expected(L), ensure_ascii=False) + '\n')
            outs = ', '.join(f'{it["outcome"]}' for it in L['items'])
            rows.append(f'| `{L["file"]}.txt` | {LAYOUT_ENUM[L["layout"]]} | {L.get("case") or "none"} '
                        f'| {len(L["items"])} | {outs} |')
    n = sum(len(L['items']) for L in letters)
    up = sum(1 for L in letters for it in L['items'] if it['outcome'] == 'Upheld')
    totals = f'{len(letters)} letters, {n} items, {up} Upheld, {n - up} Overturned'
    with open(os.path.join(HERE, 'README.template.md'), encoding='utf-8') as f:
        readme = f.read().replace('{TABLE}', '\n'.join(rows)).replace('{TOTALS}', totals)
    with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8') as f:
        f.write(readme)
    print(f'{len(letters)} letters, {n} items, {up} upheld ({100 * up / n:.0f}%)')


if __name__ == '__main__':
    main()
