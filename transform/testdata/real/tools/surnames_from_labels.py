#!/usr/bin/env python3
"""Write transform/lexicons/surnames_labelled.txt from the tuning part's labels.

The surname (last word of a name of two words or more) of every person labelled
in a passage of the tuning part (FNV-1a 32-bit hash of the id not 0 or 1 modulo
5, the split rule of ../README.md) that transform/lexicons/surnames.txt and the
surname_part set do not hold already and that is no given name, kept only when it never occurs in the
tuning part's rebuilt texts outside a passage that labels it as a surname: a word
that also stands for something else there («اسلامی», «صدر», «امین») is left out.
No check-part label or text is read. Needs the texts (../texts/).

Run from the repository root:
    python3 transform/testdata/real/tools/surnames_from_labels.py
"""
import collections
import glob
import json
import os
import re

REAL = 'transform/testdata/real'
OUT = 'transform/lexicons/surnames_labelled.txt'


def fnv(s):
    h = 0x811c9dc5
    for b in s.encode():
        h ^= b
        h = (h * 0x01000193) & 0xffffffff
    return h


def norm(s):
    return s.replace('ي', 'ی').replace('ك', 'ک').replace('\u200c', '')


def main():
    known = {norm(l.strip()) for l in open('transform/lexicons/surnames.txt')
             if l.strip() and not l.startswith('#')}
    parts = {norm(l.split('\t')[1].strip()) for l in open('transform/lexicons/words_people.tsv')
             if l.startswith('surname_part\t')}
    # Given names stay given names («مراد» of «علیمراد», «شفقت»): the rules
    # read a word of both lists differently.
    given = set()
    for f in ['transform/lexicons/armanyazdi/male_fa.txt', 'transform/lexicons/armanyazdi/female_fa.txt',
              'transform/lexicons/given_extra.txt']:
        given |= {norm(l.strip()) for l in open(f) if l.strip() and not l.startswith('#')}
    for l in open('transform/lexicons/nabidam/names_1.csv', encoding='utf-8-sig'):
        given.add(norm(l.split(',')[0].strip()))
    rows = []
    for f in [REAL + '/real-dev.labels.jsonl'] + sorted(glob.glob(REAL + '/new/*.labels.jsonl')):
        for line in open(f):
            if line.strip():
                r = json.loads(line)
                if fnv(r['id']) % 5 not in (0, 1):
                    rows.append(r)
    cands = collections.Counter()
    for r in rows:
        for p in r['people']:
            w = p['name'].split()
            if len(w) >= 2:
                s = norm(w[-1])
                if len(s) >= 3 and s not in known and s not in parts and s not in given:
                    cands[s] += 1
    outside = collections.Counter()
    texts = 0
    for r in rows:
        path = f"{REAL}/texts/{r['id']}.txt"
        if not os.path.exists(path):
            continue
        texts += 1
        own = {norm(p['name'].split()[-1]) for p in r['people'] if len(p['name'].split()) >= 2}
        for t in re.findall(r'[\w\u200c]+', norm(open(path).read())):
            if t in cands and t not in own:
                outside[t] += 1
    if texts == 0:
        raise SystemExit('no rebuilt texts: see transform/testdata/real/README.md')
    keep = sorted(s for s in cands if outside[s] == 0)
    with open(OUT, 'w') as out:
        out.write('# Surnames of the people labelled in the tuning part of the real set\n'
                  '# (transform/testdata/real), that surnames.txt lacks and that never stand for anything\n'
                  '# else in the tuning part\'s texts. Written by\n'
                  '# transform/testdata/real/tools/surnames_from_labels.py; do not edit by hand.\n')
        for s in keep:
            out.write(s + '\n')
    print(f'{len(rows)} tuning passages, {texts} with text: {len(cands)} new surnames, {len(keep)} kept')


if __name__ == '__main__':
    main()
