#!/usr/bin/env python3
"""bench/profile-parts.py: a govwatch crawl's CPU (or allocation) profile by part.

Usage: bench/profile-parts.py BINARY PROFILE [PROFILE...] [--sample-index alloc_space]

Each sample's stack goes to the first part below that any of its frames matches, so a
sample of gzip inside the archive writer counts as the WARC's gzip, never twice. The
table gives each part per profile and the mean. Profiles come from
`govwatch crawl --cpuprofile FILE` (or `go test ./bench -bench Crawl -cpuprofile`, or
-memprofile with --sample-index alloc_space).
"""
import re
import subprocess
import sys

PARTS = [
    ("analysis (transform)", r"^govwatch/transform\."),
    ("capture index", r"crawlIndexer|warcIndex"),
    ("WARC: gzip", r"klauspost/compress/(gzip|flate)"),
    ("WARC: records (digests, headers, append)", r"extract\.\(\*recordWriter\)|extract\.\(\*archive\)"),
    ("Parquet: Commit (encode, zstd, write)", r"dataset\.\(\*Txn\)\.(Commit|closeAll|writePartition)"),
    ("Parquet: spill (Arrow IPC, S2)", r"dataset\.\(\*Txn\)\.spill"),
    ("Parquet: rows (keys, encoders)", r"pipeline\.buildRows|pipeline\.\(\*runWriter\)|dataset\.\(\*Txn\)\.Add"),
    ("article page: html.Parse", r"extract\.parseDocument|goquery\.NewDocument"),
    ("article page: profile, text, dates", r"extract\.(ParseArticle|parseArticle|parseWithProfile)"),
    ("listing pages", r"extract\.(parseListing|readPager|autoList)"),
    ("HTTP (net/http, sockets)", r"net/http\.|extract\.\(\*Crawler\)\.(fetch|attempt)|internal/poll|net\.\(\*conn\)"),
    ("GC", r"runtime\.(gcBgMarkWorker|gcDrain|bgsweep|bgscavenge|gcAssist|markroot|scanobject)"),
]
UNITS = {"ns": 1e-9, "us": 1e-6, "µs": 1e-6, "ms": 1e-3, "s": 1.0, "min": 60.0, "h": 3600.0,
         "B": 1.0, "kB": 1e3, "MB": 1e6, "GB": 1e9, "TB": 1e12}


def parts(binary, profile, index):
    args = ["go", "tool", "pprof", "-traces"]
    if index:
        args.append("-sample_index=" + index)
    out = subprocess.run(args + [binary, profile], capture_output=True, text=True, check=True).stdout
    sums = {name: 0.0 for name, _ in PARTS + [("other", "")]}
    for trace in out.split("-----------+-------------------------------------------------------"):
        lines = [l.strip() for l in trace.strip().splitlines() if l.strip() and not l.strip().startswith("bytes:")]
        m = re.match(r"([\d.]+)([a-zµA-Z]+)\s+(.*)", lines[0]) if lines else None
        if not m or m.group(2) not in UNITS:
            continue
        value = float(m.group(1)) * UNITS[m.group(2)]
        frames = [m.group(3)] + lines[1:]
        for name, rx in PARTS:
            if any(re.search(rx, f) for f in frames):
                sums[name] += value
                break
        else:
            sums["other"] += value
    return sums


def main():
    argv = sys.argv[1:]
    index = ""
    if "--sample-index" in argv:
        i = argv.index("--sample-index")
        index = argv[i + 1]
        del argv[i:i + 2]
    if len(argv) < 2:
        sys.exit(__doc__)
    binary, profiles = argv[0], argv[1:]
    runs = [parts(binary, p, index) for p in profiles]
    unit, scale = ("MB", 1e-6) if index.endswith("space") else ("CPU s", 1.0)
    print("| part | " + " | ".join(f"run {i + 1}" for i in range(len(runs))) + f" | mean {unit} | share |")
    print("|---|" + "--:|" * (len(runs) + 2))
    total = sum(sum(r.values()) for r in runs) / len(runs)
    for name in [n for n, _ in PARTS] + ["other"]:
        vals = [r[name] * scale for r in runs]
        mean = sum(vals) / len(vals)
        print(f"| {name} | " + " | ".join(f"{v:.2f}" for v in vals) + f" | {mean:.2f} | {100 * mean * (1 / scale) / total:.0f} % |")
    print("| total | " + " | ".join(f"{sum(r.values()) * scale:.2f}" for r in runs) + f" | {total * scale:.2f} | |")


if __name__ == "__main__":
    main()
