#!/usr/bin/env python3
"""counts.py BINARY [DIR]: how often the extracted counts agree with the labels, in totals.

Runs `BINARY analyze --jsonl` (a govwatch binary) on every labelled passage of DIR
(default transform/testdata/real) that has its text, and for each part prints, over the
office type + modality keys that both the labels and the extractors hold, how many of the
extracted counts (a missing count is one) equal one of the labels' counts for that key,
how many are missing where the labels give one, and how many differ. `govwatch eval`
scores entries, not counts; the report sums counts, so this is the figure a change of
the count reader is judged on. Only totals are printed, so no check-part error is read.

The parts are eval's: a passage is in the check part when the FNV-1a hash of its id is
0 or 1 modulo 5, unless a twin (twins.tsv) is in the tuning part.
"""
import collections, glob, json, os, subprocess, sys

CODES = {'government_service_counter': 'government_counter', 'rural_ict_office': 'rural_ict'}


def fnv1a(s):
    h = 2166136261
    for b in s.encode():
        h = ((h ^ b) * 16777619) & 0xffffffff
    return h


def labels(real):
    out = {}
    files = [os.path.join(real, 'real-dev.labels.jsonl')] + sorted(glob.glob(os.path.join(real, 'new', '*.labels.jsonl')))
    for f in files:
        for line in open(f, encoding='utf-8'):
            if line.strip():
                r = json.loads(line)
                out[r['id']] = r
    return out


def parts(real, ids):
    part = {i: 'check' if fnv1a(i) % 5 in (0, 1) else 'tune' for i in ids}
    twins = collections.defaultdict(set)
    path = os.path.join(real, 'twins.tsv')
    if os.path.exists(path):
        for line in open(path, encoding='utf-8'):
            if line.startswith('#') or not line.strip():
                continue
            a, b = line.rstrip('\n').split('\t')[:2]
            twins[a].add(b)
            twins[b].add(a)
    seen = set()
    for i in list(twins):
        if i in seen:
            continue
        group, stack = set(), [i]
        while stack:
            x = stack.pop()
            if x not in group:
                group.add(x)
                stack.extend(twins[x])
        seen |= group
        if any(part.get(x) == 'tune' for x in group) or any(x not in part for x in group):
            for x in group:
                if x in part:
                    part[x] = 'tune'
    return part


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    real = sys.argv[2] if len(sys.argv) > 2 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    gold = labels(real)
    texts = os.path.join(real, 'texts')
    ids = [i for i in sorted(gold) if os.path.exists(os.path.join(texts, i + '.txt'))]
    lines = ''.join(json.dumps({'id': i, 'text': open(os.path.join(texts, i + '.txt'), encoding='utf-8').read()}, ensure_ascii=False) + '\n' for i in ids)
    out = subprocess.run([sys.argv[1], 'analyze', '--jsonl'], input=lines.encode(), capture_output=True, check=True).stdout
    part = parts(real, gold)
    tally = {p: collections.Counter() for p in ('tune', 'check')}
    for line in out.splitlines():
        r = json.loads(line)
        g = collections.defaultdict(set)
        for v in gold[r['id']]['violations']:
            g[(CODES.get(v['office_type'], v['office_type']), v['modality'])].add(v.get('count'))
        p = collections.defaultdict(set)
        for v in r.get('violations') or []:
            p[(v['office_type'], v['modality'])].add(v.get('count'))
        t = tally[part[r['id']]]
        for key in set(g) & set(p):
            for c in p[key]:
                t['counts'] += 1
                if c in g[key]:
                    t['equal'] += 1
                elif c is None:
                    t['missing'] += 1
                else:
                    t['differ'] += 1
    print(f"{'part':5} {'counts':>7} {'equal':>6} {'missing':>8} {'differ':>7} {'share equal':>12}")
    for name in ('tune', 'check'):
        t = tally[name]
        share = t['equal'] / t['counts'] if t['counts'] else 0
        print(f"{name:5} {t['counts']:7d} {t['equal']:6d} {t['missing']:8d} {t['differ']:7d} {share:12.3f}")


if __name__ == '__main__':
    main()
