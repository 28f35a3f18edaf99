#!/usr/bin/env python3
"""jobs.py FROM COUNT SIZE OUTDIR: job files for the rebuild brief (BRIEF-rebuild.md).

Takes the queries FROM .. FROM+COUNT-1 (0-based) of rebuild-order.txt, keeps those
that still find a labelled passage without text, and writes them SIZE at a time to
OUTDIR/jNN.json as [{query, targets: [{id, url}]}].
"""
import json, glob, os, sys, collections
HERE = os.path.dirname(os.path.abspath(__file__))
REAL = os.path.dirname(HERE)
start, count, size, out = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
order = [l.rstrip('\n') for l in open(os.path.join(HERE, 'rebuild-order.txt')) if l.strip()]
have = {f[:-4] for f in os.listdir(os.path.join(REAL, 'texts'))} if os.path.isdir(os.path.join(REAL, 'texts')) else set()
by = collections.defaultdict(list)
for f in [os.path.join(REAL, 'real-dev.labels.jsonl')] + sorted(glob.glob(os.path.join(REAL, 'new', '*.labels.jsonl'))):
    for l in open(f):
        if l.strip():
            r = json.loads(l)
            if r['id'] not in have and r.get('query'):
                by[r['query']].append({'id': r['id'], 'url': r['url']})
qs = [q for q in order[start:start + count] if q in by]
os.makedirs(out, exist_ok=True)
for j in range(0, len(qs), size):
    path = os.path.join(out, 'j%02d.json' % (j // size))
    json.dump([{'query': q, 'targets': by[q]} for q in qs[j:j + size]], open(path, 'w'), ensure_ascii=False, indent=1)
    print(path, len(qs[j:j + size]), 'queries')
