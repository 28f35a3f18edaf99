#!/usr/bin/env python3
"""compare.py OLD NEW [DIR]: what a change of the rules does to the real set, in totals.

Runs `OLD eval --real DIR` and `NEW eval --real DIR` (two govwatch binaries; DIR defaults
to transform/testdata/real) and prints, for the tuning and the check part, each field's
F1 under both and the change in matched and predicted items. A rule is kept when the
tuning part gains and the check part does not fall (transform/README.md); this prints
only totals, so no check-part error is read.
"""
import os, re, subprocess, sys

FIELDS = ('person_name', 'person_role', 'person_organization', 'office_type_modality', 'sanction', 'modality')


def scores(binary, real):
    out = subprocess.run([binary, 'eval', '--real', real], capture_output=True, text=True, check=True).stdout
    part, rows = None, {}
    for line in out.splitlines():
        if line.startswith('tuning part'):
            part = 'tune'
        elif line.startswith('check part'):
            part = 'check'
        m = re.match(r'^(\w+)\s+(\d+)\s+(\d+)\s+(\d+)\s+\S+\s+\S+\s+(\S+)', line)
        if part and m and m.group(1) in FIELDS:
            rows[(part, m.group(1))] = (int(m.group(2)), int(m.group(3)), int(m.group(4)), m.group(5))
    return rows


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    real = sys.argv[3] if len(sys.argv) > 3 else os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    old, new = scores(sys.argv[1], real), scores(sys.argv[2], real)
    print(f"{'part':5} {'field':21} {'gold':>5} {'old F1':>7} {'new F1':>7} {'matched':>8} {'predicted':>9}")
    for part in ('tune', 'check'):
        for f in FIELDS:
            if (part, f) not in new or (part, f) not in old:
                continue
            g, p, m, f1 = new[(part, f)]
            _, po, mo, f1o = old[(part, f)]
            print(f"{part:5} {f:21} {g:5d} {f1o:>7} {f1:>7} {m - mo:+8d} {p - po:+9d}")


if __name__ == '__main__':
    main()
