#!/usr/bin/env python3
"""save.py [--general] URL|--id ID  < excerpt : write one rebuilt real passage text.

With --general the passage is one of the general-news set (../general/), whose
labels list names only.

Maps the (percent-decoded) URL to its labelled passage id, drops a leading
" date YYYY-MM-DD " marker, writes transform/testdata/real/texts/ID.txt and
checks every labelled name occurs in the text (ignoring ی/ي, ک/ك, ZWNJ, spaces).
"""
import json, sys, re, glob, urllib.parse, os
REAL = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GENERAL = len(sys.argv) > 1 and sys.argv[1] == '--general'
if GENERAL:
    del sys.argv[1]
def norm(s):
    s = s.replace('ي', 'ی').replace('ك', 'ک').replace('ى', 'ی').replace('ە','ه').replace('ۀ','ه').replace('ة','ه')
    return re.sub(r'[\s\u200c\u200f\u200e]+', '', s)
def decode(u):
    """Percent-decodes until nothing changes: some URLs are encoded twice."""
    u, prev = u.strip(), None
    while prev != u:
        prev, u = u, urllib.parse.unquote(u)
    return u
def load():
    m, rows = {}, {}
    files = [REAL + '/general/general.names.jsonl'] if GENERAL else [REAL + '/real-dev.labels.jsonl'] + sorted(glob.glob(REAL + '/new/*.jsonl'))
    for f in files:
        for l in open(f):
            if l.strip():
                r = json.loads(l); rows[r['id']] = r
                if r.get('url'):
                    m.setdefault(decode(r['url']), []).append(r['id'])
    return m, rows
def main():
    m, rows = load()
    if len(sys.argv) == 3 and sys.argv[1] == '--id':
        ids = [sys.argv[2]]
    else:
        u = decode(sys.argv[1])
        ids = m.get(u)
        if not ids:  # same page, title appended or cut: a labelled URL that prefixes it
            cands = [k for k in m if len(k) > 25 and (u.startswith(k) or k.startswith(u))]
            if len(cands) == 1:
                ids = m[cands[0]]
        if not ids:
            print('NOT LABELLED:', u); return 1
    text = sys.stdin.read()
    text = re.sub(r'^\s*date \d{4}-\d{2}-\d{2}\s*', '', text)
    text = text.rstrip('\n')
    os.makedirs(REAL + '/texts', exist_ok=True)
    for i in ids:
        r = rows[i]
        nt = norm(text)
        names = r.get('names', []) if GENERAL else [p['name'] for p in r.get('people', [])]
        miss = [n for n in names if norm(n) not in nt]
        open(f'{REAL}/texts/{i}.txt', 'w').write(text)
        print(i, 'OK' if not miss else 'SAVED, MISSING NAMES: ' + ', '.join(miss), len(text), 'chars')
    return 0
sys.exit(main())
