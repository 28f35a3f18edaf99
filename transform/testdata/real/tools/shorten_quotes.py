#!/usr/bin/env python3
"""shorten_quotes.py FILE...: in committed label files, cut every «…» quotation of seven
words or more in a note to its first four words and « …», so that the notes keep the
annotator's pointer without copying a clause of the publisher's text. The full notes
are appended to the git-ignored texts/notes-full.jsonl first."""
import json, sys, re, os
FULL = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'texts', 'notes-full.jsonl')
def cut(s):
    if not isinstance(s, str):
        return s, 0
    n = 0
    def rep(m):
        nonlocal n
        w = m.group(1).split()
        if len(w) < 7:
            return m.group(0)
        n += 1
        return '«' + ' '.join(w[:4]) + ' …»'
    return re.sub(r'«([^»]*)»', rep, s), n
full = open(FULL, 'a')
for f in sys.argv[1:]:
    out, total = [], 0
    for l in open(f):
        if not l.strip():
            continue
        r = json.loads(l)
        orig = json.dumps(r, ensure_ascii=False)
        c = 0
        if 'notes' in r:
            r['notes'], k = cut(r['notes']); c += k
        for p in r.get('people', []):
            if 'note' in p:
                p['note'], k = cut(p['note']); c += k
        for v in r.get('violations', []):
            if 'note' in v:
                v['note'], k = cut(v['note']); c += k
        if c:
            full.write(orig + '\n')
        total += c
        out.append(json.dumps(r, ensure_ascii=False))
    open(f, 'w').write('\n'.join(out) + '\n')
    print(f, total)
