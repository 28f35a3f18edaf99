#!/usr/bin/env python3
"""bydesk.py BINARY [DIR]: violation F1 of the tuning part, by the body that wrote the news.

Runs `BINARY analyze --jsonl` (a govwatch binary) on every labelled passage of the
tuning part of DIR (default transform/testdata/real) that has its text, and prints the
office type + modality F1 of the passages whose first 400 letters name each body (the
penal authority, the trade regulator, health, veterinary, standards, heritage and
tourism, environment, water, natural resources, the police), lowest first. A passage may
count for several bodies. The low ones are where the lexicons lack the words of a news
desk: the forty-second session found its rules by reading their errors together.

Entries are matched as `govwatch eval` matches them: one entry per distinct office type,
modality and sanction of a mention (a mention with no sanction dropped beside a
sanctioned one of its key), then one to one on office type and modality. Only the tuning
part is read, never the check part's labels or texts.
"""
import collections, json, os, re, subprocess, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from counts import CODES, labels, parts  # noqa: E402

# The words of the first 400 letters that name each body (ZWNJ removed).
DESKS = [
    ('penal authority', r'تعزیرات'),
    ('trade regulator', r'صمت|صنعت، معدن|صنعت معدن|اصناف'),
    ('health', r'بهداشت|علوم پزشکی'),
    ('veterinary', r'دامپزشکی'),
    ('standards', r'استاندارد'),
    ('heritage and tourism', r'میراث ?فرهنگی|گردشگری'),
    ('environment', r'محیط ?زیست'),
    ('water', r'آب منطقه|آبفا|آب و فاضلاب|منابع آب'),
    ('natural resources', r'منابع طبیعی|جنگل|شیلات|آبزیان'),
    ('police', r'انتظامی|پلیس'),
]


def merged(violations):
    """The keys (office type, modality) of a prediction, merged as eval merges them."""
    entries = []
    for v in violations or []:
        for s in v.get('sanctions') or [v.get('sanction')]:
            entries.append((v['office_type'], v['modality'], s or ''))
    sanctioned = {e[:2] for e in entries if e[2]}
    out, seen = [], set()
    for e in entries:
        if e in seen or (not e[2] and e[:2] in sanctioned):
            continue
        seen.add(e)
        out.append(e[:2])
    return collections.Counter(out)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    real = sys.argv[2] if len(sys.argv) > 2 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    gold = labels(real)
    part = parts(real, gold)
    texts = os.path.join(real, 'texts')
    ids = [i for i in sorted(gold) if part.get(i) == 'tune' and os.path.exists(os.path.join(texts, i + '.txt'))]
    text = {i: open(os.path.join(texts, i + '.txt'), encoding='utf-8').read() for i in ids}
    lines = ''.join(json.dumps({'id': i, 'text': text[i]}, ensure_ascii=False) + '\n' for i in ids)
    out = subprocess.run([sys.argv[1], 'analyze', '--jsonl'], input=lines.encode(), capture_output=True, check=True).stdout
    tally = {name: [0, 0, 0, 0] for name, _ in DESKS}  # passages, gold, predicted, matched
    for line in out.splitlines():
        r = json.loads(line)
        i = r['id']
        lead = text[i][:400].replace('\u200c', '')
        g = collections.Counter((CODES.get(v['office_type'], v['office_type']), v['modality']) for v in gold[i].get('violations', []))
        p = merged(r.get('violations'))
        for name, rx in DESKS:
            if re.search(rx, lead):
                t = tally[name]
                t[0] += 1
                t[1] += sum(g.values())
                t[2] += sum(p.values())
                t[3] += sum((g & p).values())
    rows = [(2 * m / (gs + ps) if gs + ps else 0, name, n, gs, ps, m) for name, (n, gs, ps, m) in tally.items()]
    print(f"{'body':22} {'passages':>8} {'gold':>5} {'pred':>5} {'match':>5} {'F1':>6}")
    for f1, name, n, gs, ps, m in sorted(rows):
        print(f"{name:22} {n:8d} {gs:5d} {ps:5d} {m:5d} {f1:6.3f}")


if __name__ == '__main__':
    main()
