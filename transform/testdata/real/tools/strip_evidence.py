#!/usr/bin/env python3
"""strip_evidence.py FILE...: move each violation's `evidence` (a verbatim clause of the
publisher's text) out of committed label files into the git-ignored
transform/testdata/real/texts/evidence.jsonl ({"id", "i", "evidence"} per line), keeping
key order and one JSON object per line."""
import json, sys, os
# --out NAME writes to texts/NAME instead (the second annotations of transform/testdata/agreement/
# share their ids with the labels, so their evidence goes to a file of its own).
NAME = 'evidence.jsonl'
if len(sys.argv) > 2 and sys.argv[1] == '--out':
    NAME = sys.argv[2]
    del sys.argv[1:3]
EV = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'texts', NAME)
have = set()
if os.path.exists(EV):
    for l in open(EV):
        r = json.loads(l); have.add((r['id'], r['i']))
out = open(EV, 'a')
for f in sys.argv[1:]:
    lines = []
    moved = 0
    for l in open(f):
        if not l.strip():
            continue
        r = json.loads(l)
        for i, v in enumerate(r.get('violations', [])):
            if 'evidence' in v:
                ev = v.pop('evidence')
                if ev and (r['id'], i) not in have:
                    out.write(json.dumps({'id': r['id'], 'i': i, 'evidence': ev}, ensure_ascii=False) + '\n')
                    have.add((r['id'], i)); moved += 1
        lines.append(json.dumps(r, ensure_ascii=False))
    open(f, 'w').write('\n'.join(lines) + '\n')
    print(f, 'moved', moved)
