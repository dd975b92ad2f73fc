#!/usr/bin/env python3
"""Independent verifier of an Incident Console incident file (docs/incident-file-format.md).

Uses only Python's standard library, so an auditor can check a file without the program.
Exit 0 and the head hash when the chain holds; exit 1 and the first bad seq when it does not.
"""
import hashlib
import sqlite3
import sys

GENESIS = "0" * 64


def field(name, value):
    data = value.encode("utf-8")
    return name.encode() + b":" + str(len(data)).encode() + b":" + data + b"\n"


def encoding(seq, at, actor, role, kind, payload, prev):
    return (b"icevent/1\nseq:" + str(seq).encode() + b"\nat:" + str(at).encode() + b"\n"
            + field("actor", actor) + field("role", role) + field("kind", kind)
            + field("payload", payload) + b"prev:" + prev.encode() + b"\n")


def main():
    if len(sys.argv) != 2:
        print("usage: verify_incident.py FILE.incident", file=sys.stderr)
        return 2
    db = sqlite3.connect("file:" + sys.argv[1] + "?mode=ro", uri=True)
    if db.execute("PRAGMA application_id").fetchone()[0] != 0x49434E54:
        print(sys.argv[1] + ": not an incident file", file=sys.stderr)
        return 1
    expected_seq, prev = 1, GENESIS
    rows = db.execute("SELECT seq, at, actor, role, kind, payload, prev_hash, hash FROM events ORDER BY seq")
    for seq, at, actor, role, kind, payload, prev_hash, stored in rows:
        if seq != expected_seq:
            print(f"first bad event: seq {expected_seq} (missing)", file=sys.stderr)
            return 1
        if prev_hash != prev:
            print(f"first bad event: seq {seq} (prev_hash does not match)", file=sys.stderr)
            return 1
        if hashlib.sha256(encoding(seq, at, actor, role, kind, payload, prev_hash)).hexdigest() != stored:
            print(f"first bad event: seq {seq} (content does not match its hash)", file=sys.stderr)
            return 1
        prev, expected_seq = stored, expected_seq + 1
    print(f"chain intact: {expected_seq - 1} events, head hash {prev if expected_seq > 1 else '-'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
