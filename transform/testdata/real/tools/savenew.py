#!/usr/bin/env python3
"""savenew.py ID URL < excerpt : save the text of a NEW passage (fresh batch).

Refuses a URL already labelled in the real set (same page: percent-decoded, no
scheme, no www./m./mail., no trailing slash). Drops a leading date marker.
Writes transform/testdata/real/texts/ID.txt.
With --check URL only: says whether the URL is already labelled.
"""
import json, sys, re, glob, urllib.parse, os
REAL = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
def key(u):
    prev = None
    while prev != u:
        prev, u = u, urllib.parse.unquote(u)
    u = re.sub(r'^[a-z]+://', '', u.strip())
    u = re.sub(r'^(www\.|m\.|mail\.)', '', u)
    return u.rstrip('/')
def labelled():
    m = {}
    for f in [REAL + '/real-dev.labels.jsonl'] + sorted(glob.glob(REAL + '/new/*.jsonl')):
        for l in open(f):
            if l.strip():
                r = json.loads(l)
                if r.get('url'):
                    m[key(r['url'])] = r['id']
    return m
m = labelled()
if sys.argv[1] == '--check':
    for u in sys.argv[2:]:
        print(('ALREADY LABELLED as ' + m[key(u)]) if key(u) in m else 'new', u)
    sys.exit(0)
i, u = sys.argv[1], sys.argv[2]
if key(u) in m and m[key(u)] != i:
    print('REFUSED: this page is already labelled as', m[key(u)]); sys.exit(1)
text = sys.stdin.read()
text = re.sub(r'^\s*date \d{4}-\d{2}-\d{2}\s*', '', text).rstrip('\n')
os.makedirs(REAL + '/texts', exist_ok=True)
open(f'{REAL}/texts/{i}.txt', 'w').write(text)
print(i, 'saved', len(text), 'chars')
