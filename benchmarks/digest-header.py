#!/usr/bin/env python3
"""Prints an HTTP Digest Authorization header (RFC 7616, MD5, qop=auth) for one request.

Asks the server for a challenge first, then answers it. The stub accepts it once: it tracks nonce
counts (RFC 7616), so a load tool that replays this header gets 401 after the first request.

usage: digest-header.py URL PUBLIC_KEY PRIVATE_KEY [ACCEPT]
"""
import hashlib
import re
import sys
import urllib.error
import urllib.parse
import urllib.request


def md5(text):
    return hashlib.md5(text.encode()).hexdigest()


def main(url, user, password, accept="application/json"):
    request = urllib.request.Request(url, headers={"Accept": accept})
    try:
        urllib.request.urlopen(request, timeout=10)
        sys.exit("expected a 401 challenge from " + url)
    except urllib.error.HTTPError as challenge:
        header = challenge.headers.get("WWW-Authenticate", "")
    params = dict(re.findall(r'(\w+)="?([^",]*)"?', header))
    target = urllib.parse.urlsplit(url)
    uri = target.path + ("?" + target.query if target.query else "")
    nc, cnonce = "00000001", "0a4f113b"
    ha1 = md5(f"{user}:{params['realm']}:{password}")
    ha2 = md5(f"GET:{uri}")
    response = md5(f"{ha1}:{params['nonce']}:{nc}:{cnonce}:auth:{ha2}")
    print(f'Digest username="{user}", realm="{params["realm"]}", nonce="{params["nonce"]}", uri="{uri}", '
          f'algorithm=MD5, qop=auth, nc={nc}, cnonce="{cnonce}", response="{response}"')


if __name__ == "__main__":
    main(*sys.argv[1:])
