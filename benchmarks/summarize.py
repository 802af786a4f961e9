#!/usr/bin/env python3
"""Turns the raw outputs of benchmarks/run.sh into Markdown tables and checks the targets.

usage: summarize.py load DIR | proxy DIR | soak DIR | jmh FILE
"""
import json
import re
import statistics
import sys
from pathlib import Path

TARGETS = {"nginx": 0.75, "prism": 15.0, "p99_ms": 5.0}
UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def wrk(path):
    text = Path(path).read_text()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    lat = {p: float(v) * UNITS[u] for p, v, u in re.findall(r"^\s+(50|99)%\s+([\d.]+)(us|ms|s)\s*$", text, re.M)}
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    requests = int(re.search(r"(\d+) requests in", text).group(1))
    return {"rps": rps, "p50": lat["50"], "p99": lat["99"], "requests": requests,
            "non2xx": int(non2xx.group(1)) if non2xx else 0,
            "socket_errors": sum(map(int, errors.groups())) if errors else 0}


HOT = ("progress", "atlas", "checkpoints")


def load(directory):
    """Stub vs nginx (and Prism, on the hot GETs) per route; each file ends "expected STATUS"."""
    runs, expected = {}, {}
    for f in sorted(Path(directory).glob("*-*-[0-9]*.txt")):
        route, server, rnd = f.stem.rsplit("-", 2)
        runs.setdefault(route, {}).setdefault(int(rnd), {})[server] = wrk(f)
        expected[route] = int(re.search(r"^expected (\d+)$", f.read_text(), re.M).group(1))
    failed = False
    print("| route | server | req/s (median) | p50 ms | p99 ms | rounds req/s |")
    print("|---|---|---|---|---|---|")
    verdicts = []
    order = [r for r in HOT if r in runs] + sorted(r for r in runs if r not in HOT)
    for route in order:
        rounds = runs[route]
        servers = [s for s in ("stub", "nginx", "prism") if all(s in rounds[r] for r in rounds)]
        for server in servers:
            rs = [rounds[r][server] for r in sorted(rounds)]
            print(f"| {route} | {server} | {statistics.median(x['rps'] for x in rs):,.0f} | "
                  f"{statistics.median(x['p50'] for x in rs):.2f} | {statistics.median(x['p99'] for x in rs):.2f} | "
                  f"{', '.join(format(x['rps'], ',.0f') for x in rs)} |")
            # wrk counts answers that are not 2xx/3xx: none for a 200 route, all for an error route.
            if expected[route] < 400:
                bad = sum(x["non2xx"] + x["socket_errors"] for x in rs)
            else:
                bad = sum(x["requests"] - x["non2xx"] + x["socket_errors"] for x in rs)
            if bad:
                failed = True
                print(f"\n**{route} on {server}: {bad} answers other than {expected[route]}, or socket errors**\n")
        ratio = lambda other: (statistics.median(rounds[r]["stub"]["rps"] / rounds[r][other]["rps"] for r in rounds)
                               if other in servers else None)
        verdicts.append((route, expected[route], ratio("nginx"), ratio("prism"),
                         statistics.median(rounds[r]["stub"]["p99"] for r in rounds)))
    print()
    print("Ratios are medians of the per-round ratios (each round measures the servers back to back).")
    print()
    print(f"| route | status | stub/nginx (target ≥ {TARGETS['nginx']:.2f} on the hot GETs) "
          f"| stub/Prism (target ≥ {TARGETS['prism']:.0f}) | stub p99 ms (target ≤ {TARGETS['p99_ms']:.0f}) |")
    print("|---|---|---|---|---|")
    mark = lambda ok, hot: ("met" if ok else "MISSED") if hot else ""
    for route, status, n, p, l in verdicts:
        hot = route in HOT
        prism = f"{p:.1f} {mark(p >= TARGETS['prism'], hot)}" if p is not None else "not run"
        print(f"| {route} | {status} | {n:.2f} {mark(n >= TARGETS['nginx'], hot)} | {prism} "
              f"| {l:.2f} {mark(l <= TARGETS['p99_ms'], hot)} |")
    return 1 if failed else 0


PROXY_TARGETS = {"prism": 15.0, "nginx": 0.4, "p99_ms": 5.0}


def proxy(directory):
    """The validating proxy vs Prism's validating proxy vs nginx direct, on the three hot GETs."""
    runs = {}
    for f in sorted(Path(directory).glob("*-*-[0-9]*.txt")):
        route, server, rnd = f.stem.rsplit("-", 2)
        runs.setdefault(route, {}).setdefault(int(rnd), {})[server] = wrk(f)
    failed = False
    print("| route | server | req/s (median) | p50 ms | p99 ms | rounds req/s |")
    print("|---|---|---|---|---|---|")
    verdicts = []
    for route in [r for r in HOT if r in runs]:
        rounds = runs[route]
        for server in ("proxy", "prism", "nginx"):
            rs = [rounds[r][server] for r in sorted(rounds)]
            print(f"| {route} | {server} | {statistics.median(x['rps'] for x in rs):,.0f} | "
                  f"{statistics.median(x['p50'] for x in rs):.2f} | {statistics.median(x['p99'] for x in rs):.2f} | "
                  f"{', '.join(format(x['rps'], ',.0f') for x in rs)} |")
            bad = sum(x["non2xx"] + x["socket_errors"] for x in rs)
            if bad:
                failed = True
                print(f"\n**{route} through {server}: {bad} answers other than 200, or socket errors**\n")
        ratio = lambda other: statistics.median(rounds[r]["proxy"]["rps"] / rounds[r][other]["rps"] for r in rounds)
        verdicts.append((route, ratio("prism"), ratio("nginx"), statistics.median(rounds[r]["proxy"]["p99"] for r in rounds)))
    print()
    print("Ratios are medians of the per-round ratios (each round measures the three back to back).")
    print()
    print(f"| route | proxy/Prism proxy (target ≥ {PROXY_TARGETS['prism']:.0f}) | proxy/nginx direct "
          f"(target ≥ {PROXY_TARGETS['nginx']:.1f}) | proxy p99 ms (target ≤ {PROXY_TARGETS['p99_ms']:.0f}) |")
    print("|---|---|---|---|")
    mark = lambda ok: "met" if ok else "MISSED"
    for route, p, n, l in verdicts:
        print(f"| {route} | {p:.1f} {mark(p >= PROXY_TARGETS['prism'])} | {n:.2f} {mark(n >= PROXY_TARGETS['nginx'])} "
              f"| {l:.2f} {mark(l <= PROXY_TARGETS['p99_ms'])} |")
    return 1 if failed else 0


def soak(directory):
    d = Path(directory)
    failed = False
    print("| load | requests | req/s | p50 ms | p99 ms | non-2xx | socket errors |")
    print("|---|---|---|---|---|---|---|")
    for name in ("mongosync", "cloud"):
        r = wrk(d / f"{name}.txt")
        failed |= bool(r["non2xx"] or r["socket_errors"])
        print(f"| {name} | {r['requests']:,} | {r['rps']:,.0f} | {r['p50']:.2f} | {r['p99']:.2f} | {r['non2xx']} | {r['socket_errors']} |")
    samples = [tuple(map(int, line.split())) for line in (d / "rss.txt").read_text().splitlines() if len(line.split()) == 2]
    print()
    print("Resident memory of the stub (MiB) every 5 s: " + ", ".join(f"{t}s {kb / 1024:.0f}" for t, kb in samples))
    # The JVM sizes its heap in the first seconds of load; flat means the second half does not grow.
    half = samples[-1][0] / 2 if samples else 0
    settled = [kb for t, kb in samples if t >= half]
    if settled:
        growth = (settled[-1] - settled[0]) / settled[0] * 100
        print(f"Second half ({half:.0f} s to the end): {settled[0] / 1024:.0f} -> {settled[-1] / 1024:.0f} MiB "
              f"({growth:+.1f} %), range {min(settled) / 1024:.0f}-{max(settled) / 1024:.0f} MiB.")
    return 1 if failed else 0


def jmh(path):
    results = json.loads(Path(path).read_text())
    print("| benchmark | ns/op | ± | B/op allocated |")
    print("|---|---|---|---|")
    for r in results:
        name = r["benchmark"].rsplit(".", 2)[-2] + "." + r["benchmark"].rsplit(".", 1)[-1]
        params = r.get("params")
        if params:
            name += " (" + ", ".join(f"{v}" for v in params.values()) + ")"
        score = r["primaryMetric"]
        alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
        error = score["scoreError"]
        error = "" if isinstance(error, str) else f"{error:,.0f}"  # "NaN" with a single iteration
        print(f"| {name} | {score['score']:,.0f} | {error} | "
              f"{'' if alloc is None else f'{alloc:,.0f}'} |")
    return 0


if __name__ == "__main__":
    sys.exit({"load": load, "proxy": proxy, "soak": soak, "jmh": jmh}[sys.argv[1]](sys.argv[2]))
