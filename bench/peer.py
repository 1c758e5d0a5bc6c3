#!/usr/bin/env python3
"""Ebb beside jrnl (issue 6, peer comparison).

Installs jrnl from PyPI into bench/.venv, builds journals of 100, 1,000 and 10,000 records for
both, and times the same four jobs as whole processes — add one record, list the latest 10,
search, export to JSON — printing each median, the ratio, and how each grows with size.

    python3 bench/peer.py            # needs target/release/ebb and the sample generator:
                                     # cargo build --release --bin ebb --example sample_journal

Both journals are encrypted, and both programs pay for their key derivation on every run:
Ebb Argon2id (64 MiB, t = 3, p = 1), jrnl PBKDF2-HMAC-SHA256 with 100,000 iterations. jrnl reads
its password from the system keyring before it would prompt, so the `keyrings.alt` plaintext
backend, kept in this benchmark's own scratch folder, supplies it.
"""
import datetime
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
VENV = os.path.join(ROOT, "bench", ".venv")
EBB = os.path.join(ROOT, "target", "release", "ebb")
SAMPLE = os.path.join(ROOT, "target", "release", "examples", "sample_journal")
SIZES = [100, 1000, 10000]
RUNS = 5
PASS = "peer benchmark passphrase"


def venv():
    jrnl = os.path.join(VENV, "bin", "jrnl")
    if not os.path.exists(jrnl):
        subprocess.run([sys.executable, "-m", "venv", VENV], check=True)
        subprocess.run([os.path.join(VENV, "bin", "pip"), "install", "-q", "jrnl==4.6", "keyrings.alt"], check=True)
    return jrnl, os.path.join(VENV, "bin", "python")


def median_ms(cmd, env, runs=RUNS):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def ebb_journal(folder, n):
    env = {**os.environ, "EBB_JOURNAL": os.path.join(folder, "journal.ebb"), "EBB_PASSPHRASE": PASS}
    entries = n * 365 // 1000
    sample = subprocess.run([SAMPLE, "--entries", str(entries), "--episodes", str(n - entries), "--session-every", "0"],
                            check=True, capture_output=True).stdout
    path = os.path.join(folder, "sample.json")
    with open(path, "wb") as f:
        f.write(sample)
    subprocess.run([EBB, "init"], env=env, check=True, capture_output=True)
    subprocess.run([EBB, "import", path], env=env, check=True, capture_output=True)
    return env


def jrnl_journal(folder, n, jrnl, python):
    cfg = os.path.join(folder, "config", "jrnl")
    os.makedirs(cfg)
    journal = os.path.join(folder, "journal.txt")
    env = {**os.environ, "XDG_CONFIG_HOME": os.path.join(folder, "config"), "XDG_DATA_HOME": os.path.join(folder, "data"),
           "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring"}
    def config(encrypt):
        with open(os.path.join(cfg, "jrnl.yaml"), "w") as f:
            f.write(
                "colors: {body: none, date: none, tags: none, title: none}\ndefault_hour: 9\ndefault_minute: 0\n"
                f"editor: ''\nencrypt: {'true' if encrypt else 'false'}\nhighlight: false\nindent_character: '|'\n"
                f"journals:\n  default:\n    journal: {journal}\nlinewrap: 79\ntagsymbols: '#@'\ntemplate: false\n"
                "timeformat: '%Y-%m-%d %H:%M'\nversion: v4.6\n"
            )

    config(False)
    start = datetime.datetime(2016, 1, 1, 9, 0)
    with open(journal, "w") as f:
        for i in range(n):
            t = start + datetime.timedelta(hours=9 * i)
            f.write(f"[{t:%Y-%m-%d %H:%M}] A quiet evening, number {i}.\nWe talked for a while about the week.\n\n")
    subprocess.run([python, "-c", f"import keyring; keyring.set_password('jrnl', 'default', {PASS!r})"], env=env, check=True)
    subprocess.run([jrnl, "--encrypt"], env=env, input=f"{PASS}\n{PASS}\nn\n", text=True, check=True, capture_output=True)
    config(True)
    return env


def main():
    for tool in (EBB, SAMPLE):
        if not os.path.exists(tool):
            sys.exit(f"missing {tool}: cargo build --release --bin ebb --example sample_journal")
    jrnl, python = venv()
    rows = []
    for n in SIZES:
        with tempfile.TemporaryDirectory() as a, tempfile.TemporaryDirectory() as b:
            e = ebb_journal(a, n)
            j = jrnl_journal(b, n, jrnl, python)
            out_e, out_j = os.path.join(a, "out.json"), os.path.join(b, "out.json")
            jobs = {
                "add one": ([EBB, "write", "One more quiet evening"], [jrnl, "One more quiet evening."]),
                "latest 10": ([EBB, "list", "--last", "10"], [jrnl, "-n", "10"]),
                "search": ([EBB, "search", "quiet"], [jrnl, "-contains", "quiet"]),
                "export JSON": ([EBB, "export", "--format", "json", "-o", out_e], [jrnl, "--format", "json", "--file", out_j]),
            }
            for job, (ce, cj) in jobs.items():
                me, mj = median_ms(ce, e), median_ms(cj, j)
                rows.append((n, job, me, mj))
                print(f"{n:>6} {job:<12} ebb {me:8.1f} ms   jrnl {mj:8.1f} ms   ebb/jrnl {me / mj:5.2f}", flush=True)
    print()
    print("growth from 100 to 10,000 records (median at 10,000 / median at 100):")
    for job in ["add one", "latest 10", "search", "export JSON"]:
        at = {n: (me, mj) for n, jb, me, mj in rows if jb == job}
        print(f"  {job:<12} ebb ×{at[10000][0] / at[100][0]:.2f}   jrnl ×{at[10000][1] / at[100][1]:.2f}")
    shutil.rmtree(os.path.join(ROOT, "bench", "__pycache__"), ignore_errors=True)


if __name__ == "__main__":
    main()
