#!/usr/bin/env python3
"""Sends valid Digest-signed GETs one after another for SECONDS and reports their latency.

Each request answers the nonce with the next nonce count (RFC 7616), so a server that refuses
replays accepts every one; a stale or refused nonce is replaced by a fresh challenge.

usage: flood-client.py URL PUBLIC_KEY PRIVATE_KEY ACCEPT SECONDS
"""
import hashlib
import http.client
import re
import sys
import time
import urllib.parse


def md5(text):
    return hashlib.md5(text.encode()).hexdigest()


def main(url, user, password, accept, seconds):
    target = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(target.hostname, target.port, timeout=60)
    uri = target.path
    nonce, nc = None, 0
    latencies, refused = [], 0
    deadline = time.time() + float(seconds)
    while time.time() < deadline:
        headers = {"Accept": accept}
        if nonce:
            nc += 1
            cnonce = "%016x" % nc
            ha1 = md5(f"{user}:MMS Public API:{password}")
            response = md5(f"{ha1}:{nonce}:{nc:08x}:{cnonce}:auth:{md5('GET:' + uri)}")
            headers["Authorization"] = (f'Digest username="{user}", realm="MMS Public API", nonce="{nonce}", uri="{uri}", '
                                        f'algorithm=MD5, qop=auth, nc={nc:08x}, cnonce="{cnonce}", response="{response}"')
        started = time.perf_counter()
        connection.request("GET", uri, headers=headers)
        answer = connection.getresponse()
        answer.read()
        elapsed = time.perf_counter() - started
        if answer.status == 401:
            challenge = answer.getheader("WWW-Authenticate", "")
            nonce, nc = re.search(r'nonce="([^"]+)"', challenge).group(1), 0
            if "Authorization" in headers:
                refused += 1
            continue
        latencies.append(elapsed * 1000)
    latencies.sort()
    pick = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] if latencies else float("nan")
    print(f"signed requests answered: {len(latencies)}, refused: {refused}, p50 {pick(0.5):.2f} ms, p99 {pick(0.99):.2f} ms, max {latencies[-1] if latencies else 0:.1f} ms")


if __name__ == "__main__":
    main(*sys.argv[1:])
