#!/usr/bin/env python3
"""Writes the starting corpus of each fuzz target from one real export (export.json, made
with `ebb export`). Run by scripts/fuzz.sh before fuzzing; the seeds are small and fixed."""
import json, pathlib, sys

here = pathlib.Path(__file__).parent
out = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else here.parent / "corpus"
export = json.loads((here / "export.json").read_text())

def put(target, name, data: bytes):
    d = out / target
    d.mkdir(parents=True, exist_ok=True)
    (d / f"seed-{name}").write_bytes(data)

j = lambda v: json.dumps(v, ensure_ascii=False).encode()

# import: the export itself, and small variants.
put("import", "export", j(export))
put("import", "empty", j({**export, "entries": [], "episodes": [], "sessions": []}))

# record: mode 0 is a record sealed as Ebb seals it; its id must be the row's.
ROW = "30313233-3435-3637-3839-616263646566"
for kind, key in [("entry", "entries"), ("episode", "episodes"), ("session", "sessions")]:
    rec = dict(export[key][0], id=ROW)
    put("record", kind, b"\x00" + j({kind: rec}))
put("record", "settings", b"\x00" + j({"settings": export["settings"]}))
body = j({"entry": dict(export["entries"][0], id=ROW)})
put("record", "raw", b"\x01" + len(body).to_bytes(4, "little") + body + b"\x00" * 40)
put("record", "stored", b"\x02" + bytes(range(60)))

# commands: the selector byte, then the arguments as the page sends them.
entry = {k: v for k, v in export["entries"][0].items() if k not in ("created_at", "updated_at")}
episode = {k: v for k, v in export["episodes"][0].items() if k not in ("created_at", "updated_at")}
session = {k: v for k, v in export["sessions"][0].items() if k not in ("created_at", "updated_at")}
filt = {"query": "quiet", "types": ["entry"], "kind": None, "actor": None, "flagged": False,
        "tag": None, "from": None, "to": None, "offset": 0, "limit": 10}
prep = {"from": None, "to": None, "redaction": {"leave_out": [], "hide_text": False}, "partner_name": None}
cmds = {
    0: {"passphrase": "a passphrase"},
    2: {"recoveryKey": "ABCD-EFGH", "newPassphrase": "new one"},
    3: {"path": "/tmp/key.txt", "key": "ABCD-EFGH"},
    6: {"settings": export["settings"]},
    7: {"draft": dict(entry, id=None)},
    8: {"draft": dict(episode, id=None)},
    9: {"draft": dict(session, id=None)},
    10: {"id": export["entries"][0]["id"]},
    12: {"id": export["episodes"][0]["id"]},
    13: {"date": "2026-11-25"},
    14: {"filter": filt},
    16: {"from": "2026-10-01", "to": "2026-11-30"},
    17: {"current": "a", "new": "b"},
    18: {"path": "/tmp/backup.ebb"},
    20: {"from": "2026-10-01", "to": "2026-11-30"},
    21: {"request": prep},
    22: {"request": prep, "format": "html", "path": "/tmp/report.html"},
    23: {"format": "csv", "path": "/tmp/export.csv"},
}
for sel, args in cmds.items():
    put("commands", f"{sel:02}", bytes([sel]) + j(args))
put("commands", "24", bytes([24]) + j({"path": "/tmp/in.json"}) + j(export))
put("commands", "25", bytes([25]) + j({"path": "/tmp/in.json"}) + j(export))
