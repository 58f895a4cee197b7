#!/usr/bin/env python3
"""Hostile files through the real binary: seeded mutations of register CSV files and of sync
bundles, each imported with `shuoshi`, each outcome checked. Called by csv-fuzz.sh and
bundle-fuzz.sh (which set up the data directories); prints `ok`/`FAIL` lines and
`N passed, M failed`, exits 1 on any failure. Failing inputs are kept under KEEP (default
/tmp/shuoshi-fuzz-failures) to replay by hand.

  fuzz.py csv    BIN DATA COUNT SEED KIND:FILE...
  fuzz.py bundle BIN SENDER RECEIVER COUNT SEED
"""
import hashlib
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time

KEEP = os.environ.get("SHUOSHI_FUZZ_KEEP", "/tmp/shuoshi-fuzz-failures")
TIMEOUT = 45  # seconds for one import: longer is a hang (a crafted scrypt header took 95 s)

passed = 0
failed = 0


def ok(msg):
    global passed
    passed += 1
    if os.environ.get("SHUOSHI_FUZZ_VERBOSE"):
        print("  ok:", msg)


def bad(msg, data=None, name=None):
    global failed
    failed += 1
    where = ""
    if data is not None:
        os.makedirs(KEEP, exist_ok=True)
        path = os.path.join(KEEP, name)
        with open(path, "wb") as f:
            f.write(data)
        where = f" (kept at {path})"
    print(f"  FAIL: {msg}{where}", flush=True)


def run(args, env=None, timeout=TIMEOUT):
    """(exit code, stdout, stderr); a timeout is code -1, a signal 128+N as a shell shows it."""
    try:
        p = subprocess.run(args, capture_output=True, timeout=timeout, env=env)
    except subprocess.TimeoutExpired:
        return -1, b"", b"timeout"
    code = p.returncode if p.returncode >= 0 else 128 - p.returncode
    return code, p.stdout, p.stderr


def state(db):
    """Event count and a digest of every table an import can change."""
    c = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    h = hashlib.sha256()
    for t in ["events", "cases", "case_ledger", "event_personal", "units", "grids", "households",
              "household_members", "people"]:
        for row in sorted(repr(row) for row in c.execute(f"SELECT * FROM {t}")):
            h.update(row.encode())
    n = c.execute("SELECT count(*) FROM events").fetchone()[0]
    c.close()
    return n, h.hexdigest()


def event_ids(db):
    c = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    s = {f"{u} {h.hex()}" for u, h in c.execute("SELECT uuid, hash FROM events")}
    c.close()
    return s


# ---------------------------------------------------------------- the mutator

FRAGMENTS = [
    b'"', b'""', b",", b'","', b"\n", b"\r", b"\r\n", b'"\n', b"\t", b"\x00", b"\x00" * 4, b"\x7f",
    b"\xef\xbb\xbf", b"\xef\xbb", b"\xff\xfe", b"\xfe\xff", b"\xc3\x28", b"\xff", b"\xed\xa0\x80",
    b"\xc0\xaf", b"\xf4\x90\x80\x80", b"\xe6\xb0", b"\x81", b"\x81\x30", b"\x81\x30\x81", b"\x81\x7f",
    b"\xcb\xae", b"\xc2\x85", "\u2028".encode(), "\u202e".encode(), "😀👨‍👩‍👧🇨🇳".encode(),
    "３栋２单元５０２".encode(), ("九" * 21 + "栋").encode(), b"9" * 32 + "栋".encode(),
    "姓名,电话,地址,社区/村,网格,角色".encode(), "是,否,√,×".encode(), "三组十五号".encode(),
    b"3-2-502", b"=cmd|' /C calc'!A0",
]
TEXT = ['"', '""', ",", '","', "\n", "\r", "\r\n", "\t", "\x00", "\ufeff", "😀👨‍👩‍👧🇨🇳", "３栋２单元５０２",
        "九" * 21 + "栋", "9" * 32 + "栋", "姓名,电话,地址,社区/村,网格,角色", "是,否,√,×",
        "(13800000000)（）", "、，;；/", "3-2-502", "三组十五号", "第一网格", "六堰社区", "网格长;楼栋长",
        "\u3000", "\u2028", "\u202e"]


# Whole cells a spreadsheet might hold, put in place of one cell of a row.
CELLS = ["九" * 21 + "栋2单元502", "第" + "九" * 25 + "网格", "9" * 40 + "栋2单元502", "", " ", '"', '""',
         "=1+1", "😀" * 100, "漏" * 70_000, "\x00", "3栋", "是否", "13800000000" * 10, "-", "3-2-502-1-1",
         "一二三四五六七八九零" * 3 + "组15号", "（）", "\u202e", "ＡＢＣ", "e\u0301", "网格长;网格长;街道办"]


class Mutator:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.log = []

    def encoded(self, text, like):
        try:
            like.decode("utf-8")
            return text.encode("utf-8")
        except UnicodeDecodeError:
            return text.encode("gb18030", errors="replace")

    def boundary(self, b):
        i = self.r.randint(0, len(b))
        while i > 0 and b[i - 1] not in (0x2C, 0x0A, 0x0D):
            i -= 1
        return i

    def text_once(self, b):
        r = self.r
        at = self.boundary(b)
        k = r.randrange(11)
        if k >= 9:
            lines = b.split(b"\n")
            i = 0 if r.random() < 0.1 or len(lines) < 2 else r.randrange(1, len(lines))
            cells = lines[i].split(b",")
            j = r.randrange(len(cells))
            cell = r.choice(CELLS)
            cells[j] = self.encoded(cell, b)
            lines[i] = b",".join(cells)
            self.log.append(f"cell {j + 1} of line {i + 1} = {cell[:24]!r}")
            return b"\n".join(lines)
        if k == 0:
            self.log.append(f"truncate at {at}")
            return b[:at]
        if k == 1:
            end = max(at, self.boundary(b))
            self.log.append(f"delete {at}..{end}")
            return b[:at] + b[end:]
        if k in (2, 3, 4):
            t = r.choice(TEXT) * (r.randint(2, 49) if r.random() < 0.2 else 1)
            self.log.append(f"insert {t[:20]!r} at {at}")
            return b[:at] + self.encoded(t, b) + b[at:]
        if k == 5:
            unit = r.choice(["九", "a", "1", "栋", '"', ",", "\n", "漏", "😀"])
            n = 300_000 if r.random() < 0.1 else r.choice([300, 5_000, 70_000])
            self.log.append(f"huge run of {unit!r} x{n} at {at}")
            return b[:at] + self.encoded(unit * n, b) + b[at:]
        lines = b.split(b"\n")
        if k == 6 and lines:
            i = r.randrange(len(lines))
            lines.insert(r.randint(0, len(lines)), lines[i])
            self.log.append(f"line {i + 1} twice")
            return b"\n".join(lines)
        if k == 7 and lines:
            width = len(lines[0].split(b","))
            order = list(range(width))
            r.shuffle(order)
            self.log.append(f"columns {order}")
            out = []
            for line in lines:
                cells = line.split(b",")
                out.append(b",".join([cells[j] if j < len(cells) else b"" for j in order] + cells[width:]))
            return b"\n".join(out)
        if lines:
            self.log.append("header twice")
            return b"\n".join([lines[0] + b"," + lines[0]] + lines[1:]) if r.random() < 0.5 else b"\n".join(lines[:1] + lines)
        return b

    def bytes_once(self, b):
        r = self.r
        b = bytearray(b)
        at = r.randint(0, len(b))
        k = r.randrange(9)
        if k == 0 and b:
            i = r.randrange(len(b))
            b[i] ^= 1 << r.randrange(8)
            self.log.append(f"flip bit at {i}")
        elif k == 1 and b:
            i = r.randrange(len(b))
            b[i] = r.randrange(256)
            self.log.append(f"byte {i} = {b[i]}")
        elif k == 2:
            self.log.append(f"truncate at {at}")
            del b[at:]
        elif k == 3 and b:
            n = r.randint(1, 63)
            self.log.append(f"delete {n} at {at}")
            del b[at:at + n]
        elif k in (4, 5):
            f = r.choice(FRAGMENTS)
            self.log.append(f"insert {f[:12]!r} at {at}")
            b[at:at] = f
        elif k == 6:
            n = r.randint(1, 4096)
            self.log.append(f"extend by {n} bytes")
            b += bytes(r.randrange(256) for _ in range(n))
        elif k == 7 and b:
            i = r.randrange(len(b))
            n = min(len(b) - i, r.randint(1, 200))
            self.log.append(f"copy {n} from {i} to {at}")
            b[at:at] = b[i:i + n]
        else:
            n = r.randint(1, 31)
            self.log.append(f"insert {n} random bytes at {at}")
            b[at:at] = bytes(r.randrange(256) for _ in range(n))
        return bytes(b)

    def mutate(self, b, text, most=3):
        for _ in range(self.r.randint(1, most)):
            b = self.text_once(b) if text else self.bytes_once(b)
        return b


def physical_lines(data):
    return data.count(b"\n") + data.count(b"\r") + 1


# ---------------------------------------------------------------- CSV

def csv(binary, data, count, seed, seeds):
    seeds = [(s.split(":", 1)[0], open(s.split(":", 1)[1], "rb").read(), os.path.basename(s.split(":", 1)[1])) for s in seeds]
    db = os.path.join(data, "shuoshi.db")
    work = os.path.join(os.path.dirname(data), "csv-fuzz")
    os.makedirs(work, exist_ok=True)
    pristine = data + ".pristine"
    shutil.copytree(data, pristine)
    tally = {"imported": 0, "refused": 0, "with_line": 0}
    started = time.time()
    slowest = (0.0, "")
    for i in range(count):
        if i % 50 == 0 and i:
            # Back to the base register now and then, so sizes stay small.
            shutil.rmtree(data)
            shutil.copytree(pristine, data)
        m = Mutator(seed * 1_000_003 + i)
        kind, original, name = m.r.choice(seeds)
        text = m.r.random() < 0.6
        mutated = m.mutate(original, text)
        path = os.path.join(work, f"fuzz-{i}-{name}")
        with open(path, "wb") as f:
            f.write(mutated)
        what = f"#{i} {name} {m.log}"
        before = state(db)
        t0 = time.time()
        code, out, err = run([binary, "--data", data, "import", kind, path, "--json"])
        dt = time.time() - t0
        if dt > slowest[0]:
            slowest = (dt, what)
        after = state(db)
        if code >= 128 or code < 0:
            bad(f"{what}: {'hang' if code < 0 else f'crash, exit {code}'}: {err[-300:].decode(errors='replace')}", mutated, os.path.basename(path))
            continue
        if code == 0:
            tally["imported"] += 1
            try:
                events = json.loads(out)["events"]
            except Exception:
                bad(f"{what}: exit 0 without a JSON report: {out[:200]!r}", mutated, os.path.basename(path))
                continue
            if after[0] - before[0] != events:
                bad(f"{what}: reported {events} events, wrote {after[0] - before[0]}", mutated, os.path.basename(path))
                continue
            code2, out2, _ = run([binary, "--data", data, "import", kind, path, "--json"])
            if code2 != 0 or json.loads(out2)["events"] != 0 or state(db) != after:
                bad(f"{what}: importing it again changed the register (exit {code2})", mutated, os.path.basename(path))
                continue
            ok(f"{what}: imported whole ({events} events), again changes nothing")
            continue
        if code != 10:
            bad(f"{what}: exit {code} (refusals exit 10): {err[-300:].decode(errors='replace')}", mutated, os.path.basename(path))
            continue
        tally["refused"] += 1
        msg = err.decode("utf-8", errors="replace")
        problems = [l for l in msg.splitlines()[1:] if l.startswith("  ") and not l.startswith("  ……")]
        good = after == before and "未导入任何数据" in msg and problems
        lines = []
        for p in problems:
            rest = p[2:]
            if not rest.startswith(path + ":"):
                good = False
                break
            head = rest[len(path) + 1:].split(":", 1)[0]
            if head.isdigit():
                lines.append(int(head))
            if len(p) > len(path) + 300:
                good = False
        if lines:
            tally["with_line"] += 1
            if not all(1 <= n <= physical_lines(mutated) for n in lines):
                good = False
        elif "文件是空的" not in msg and not mutated[:2] in (b"\xff\xfe", b"\xfe\xff"):
            good = False  # only an empty file or a UTF-16 one has no line to name
        if good:
            ok(f"{what}: refused, nothing changed, {problems[0][:120]}")
        else:
            bad(f"{what}: refusal changed data or did not name FILE:LINE: {msg[:400]}", mutated, os.path.basename(path))
    shutil.rmtree(pristine, ignore_errors=True)
    print(f"  {count} files in {time.time() - started:.0f} s: {tally['imported']} imported whole, "
          f"{tally['refused']} refused ({tally['with_line']} naming a line); slowest {slowest[0]:.1f} s ({slowest[1][:160]})")


# ---------------------------------------------------------------- bundles

HEADER = 72


def reseal(payload):
    """An unencrypted bundle around `payload`: header with its length, SHA-256 trailer."""
    head = b"SHUOSHIB" + bytes([1, 0, 0, 0]) + bytes(52) + len(payload).to_bytes(8, "big")
    return head + payload + hashlib.sha256(head + payload).digest()


def edit_header(b, r, log):
    b = bytearray(b)
    field = r.randrange(8)
    if field == 0:
        b[8] = r.choice([0, 2, 255]); log.append(f"version {b[8]}")
    elif field == 1:
        b[9] = r.choice([0, 1, 2]); log.append(f"cipher {b[9]}")
    elif field == 2:
        b[11] = r.choice([0, 9, 11, 21, 255]); log.append(f"logN {b[11]}")
    elif field == 3:
        v = r.choice([0, 17, 1 << 31, 2**32 - 1]); b[12:16] = v.to_bytes(4, "big"); log.append(f"r {v}")
    elif field == 4:
        v = r.choice([0, 5, 2**32 - 1]); b[16:20] = v.to_bytes(4, "big"); log.append(f"p {v}")
    elif field == 5:
        n = len(b) - HEADER
        v = r.choice([0, n - 33, n - 31, n + 1, 2**62, 2**63 - 1, 2**64 - 1]) % 2**64
        b[64:72] = v.to_bytes(8, "big"); log.append(f"payload length {v}")
    elif field == 6:
        i = r.randrange(20, 64); b[i] ^= r.randint(1, 255); log.append(f"salt/nonce/check byte {i}")
    else:
        # What a crafted header would demand: 2 GiB and ~95 s of scrypt before the fix.
        b[11] = 20; b[12:16] = (16).to_bytes(4, "big"); b[16:20] = (4).to_bytes(4, "big")
        log.append("scrypt logN 20 r 16 p 4")
    return bytes(b)


def edit_json(payload, r, log):
    root = json.loads(payload)
    events = root.get("events", [])
    hostile = [None, "", -1, 0, 2**63 - 1, -2**63, 2**63 - 1000, 2**64, 1e308, True, [], {}, "😀", "\x00",
               "漏" * 100_000, "0" * 64, "shuoshi-ledger"]
    k = r.randrange(7)
    if k == 0:
        key = r.choice(sorted(root)); del root[key]; log.append(f"payload without {key}")
    elif k == 1:
        key = r.choice(sorted(root)); root[key] = r.choice(hostile); log.append(f"payload {key} replaced")
    elif k == 2 and events:
        e = r.choice(events); key = r.choice(sorted(e)); del e[key]; log.append(f"event without {key}")
    elif k == 3 and events:
        e = r.choice(events); key = r.choice(sorted(e))
        e[key] = r.choice(hostile) if r.random() < 0.5 else r.choice(events).get(key)
        log.append(f"event {key} replaced")
    elif k == 4 and events:
        i = r.randrange(len(events)); del events[i]; log.append(f"event {i} dropped")
    elif k == 5 and events:
        i = r.randrange(len(events)); events.insert(r.randint(0, len(events)), events[i]); log.append(f"event {i} twice")
    else:
        depth = r.choice([600, 100_000])
        log.append(f"nesting {depth}")
        text = json.dumps(root, ensure_ascii=False).encode()
        at = text.find(b'"events":') + len(b'"events":') + 1
        return text[:at] + b"[" * depth + b"]" * depth + b"," + text[at:]
    return json.dumps(root, ensure_ascii=False, separators=(",", ":")).encode()


def rechain(events):
    """Seals each device's events again in sequence order, as a forger with the format in hand
    could: prev = the previous event's hash, hash = SHA-256 of the canonical encoding
    (docs/LEDGER.md, "Hash chain")."""
    chains = {}
    for e in events:
        if isinstance(e, dict):
            chains.setdefault(str(e.get("device")), []).append(e)
    for chain in chains.values():
        prev = None
        for e in sorted(chain, key=lambda e: e.get("seq") if isinstance(e.get("seq"), int) else 0):
            if prev is not None:
                e["prev"] = prev
            h = hashlib.sha256()
            keys = ["uuid", "entity", "kind", "at", "operator", "device", "seq", "hlc", "parents", "data", "digest", "prev"]
            for v in ["shuoshi-event-1"] + [e.get(k) for k in keys]:
                b = ("" if v is None else str(v)).encode("utf-8", errors="surrogatepass")
                h.update(len(b).to_bytes(4, "big") + b)
            e["hash"] = prev = h.hexdigest()


def forge_json(payload, r, log, own):
    """A clock or device-id edit (#12 findings 1, 2), the chains then sealed again."""
    root = json.loads(payload)
    events = root.get("events", [])
    if not events:
        return payload
    e = r.choice(events)
    now_ms = int(time.time() * 1000)
    if r.random() < 0.6:
        day = 86_400_000
        label, value = r.choice([("max", 2**63 - 1), ("-1", -1), ("min", -2**63), ("2^62", 2**62),
                                 ("skew+60s", (now_ms + day + 60_000) << 16),
                                 ("skew-60s", (now_ms + day - 60_000) << 16)])
        e["hlc"] = value
        log.append(f"hlc {label}")
    else:
        dev = r.choice([own, own.upper(), "", "../../x", "\x1b]0;x\x07", "a" * 5000])
        old = e.get("device")
        for x in events:
            if x.get("device") == old:
                x["device"] = dev
        log.append(f"chain device {dev[:12]!r}")
    rechain(events)
    return json.dumps(root, ensure_ascii=False, separators=(",", ":")).encode()


def bundle(binary, sender, receiver, count, seed):
    env = dict(os.environ, SHUOSHI_PASSPHRASE="fuzz 口令 42")
    work = os.path.join(os.path.dirname(receiver), "bundle-fuzz")
    os.makedirs(work, exist_ok=True)
    enc, plain = os.path.join(work, "enc.ssb"), os.path.join(work, "plain.ssb")
    for path, extra in [(enc, []), (plain, ["--no-encrypt"])]:
        code, _, err = run([binary, "--data", sender, "sync", "export", "--to", path] + extra, env=env)
        if code != 0:
            bad(f"export failed: {err.decode(errors='replace')}")
            return
    originals = {"encrypted": open(enc, "rb").read(), "plain": open(plain, "rb").read()}
    sent = event_ids(os.path.join(sender, "shuoshi.db"))
    db = os.path.join(receiver, "shuoshi.db")
    pristine = receiver + ".pristine"
    shutil.copytree(receiver, pristine)
    own = event_ids(db)
    own_device = sqlite3.connect(db).execute("SELECT value FROM meta WHERE key = 'device_id'").fetchone()[0]
    own_count = sqlite3.connect(db).execute("SELECT COUNT(*) FROM events WHERE device = ?", (own_device,)).fetchone()[0]
    allow = ["--allow-unencrypted"]
    # Without the flag an unencrypted bundle is refused whole (#12 finding 2).
    open(os.path.join(work, "plain-refused.ssb"), "wb").write(originals["plain"])
    code, _, err = run([binary, "--data", receiver, "sync", "import", os.path.join(work, "plain-refused.ssb")], env=env)
    if code == 8 and "--allow-unencrypted" in err.decode(errors="replace") and event_ids(db) == own:
        ok("an unencrypted bundle without --allow-unencrypted is refused (exit 8)")
    else:
        bad(f"an unencrypted bundle without the flag: exit {code} {err[:300]!r}")

    def reset():
        shutil.rmtree(receiver)
        shutil.copytree(pristine, receiver)

    # The harness sees a good import: the intact bundles are taken.
    for label, data in originals.items():
        path = os.path.join(work, f"intact-{label}.ssb")
        open(path, "wb").write(data)
        code, _, err = run([binary, "--data", receiver, "sync", "import", path] + allow, env=env)
        if code == 0 and sent <= event_ids(db):
            ok(f"the intact {label} bundle imports")
        else:
            bad(f"the intact {label} bundle: exit {code} {err[:300]!r}")
        reset()
    tally = {"refused": 0, "taken": 0}
    codes = {}
    started = time.time()
    slowest = (0.0, "")
    for i in range(count):
        m = Mutator(seed * 1_000_003 + i)
        r = m.r
        label = r.choice(["encrypted", "plain"])
        original = originals[label]
        kind = r.random()
        resealed = forged = False
        if label == "plain" and kind < 0.35:
            resealed = True
            payload = original[HEADER:-32]
            pick = r.random()
            if pick < 0.3:
                payload, forged = forge_json(payload, r, m.log, own_device), True
            elif pick < 0.85:
                payload = edit_json(payload, r, m.log)
            else:
                payload = m.mutate(payload, False, 2)
            mutated = reseal(payload)
        elif kind < 0.55:
            mutated = edit_header(original, r, m.log)
            if r.random() < 0.3:
                mutated = m.mutate(mutated, False, 1)
        else:
            mutated = m.mutate(original, False, 2)
        if mutated == original:
            continue
        path = os.path.join(work, f"fuzz-{i}.ssb")
        open(path, "wb").write(mutated)
        what = f"#{i} {label}{' resealed' if resealed else ''} {m.log}"
        before = state(db)
        t0 = time.time()
        code, out, err = run([binary, "--data", receiver, "sync", "import", path] + allow, env=env)
        dt = time.time() - t0
        if dt > slowest[0]:
            slowest = (dt, what)
        codes[code] = codes.get(code, 0) + 1
        msg = err.decode("utf-8", errors="replace")
        if code >= 128 or code < 0:
            bad(f"{what}: {'hang' if code < 0 else f'crash, exit {code}'}: {msg[-300:]}", mutated, f"fuzz-{i}.ssb")
            reset()
            continue
        if code == 0:
            new = event_ids(db) - own
            vcode, _, _ = run([binary, "--data", receiver, "verify"])
            clock = sqlite3.connect(db).execute("SELECT MAX(hlc) FROM events").fetchone()[0]
            sane = 0 <= clock <= (int(time.time() * 1000) + 86_400_000) << 16 | 0xFFFF
            # A forged edit (hashes recomputed) may be taken when the ledger verifies, its
            # clock stays within the skew and its own chain is untouched.
            mine = sqlite3.connect(db).execute("SELECT COUNT(*) FROM events WHERE device = ?", (own_device,)).fetchone()[0]
            if resealed and (new <= sent or forged) and vcode == 0 and sane and mine == own_count:
                tally["taken"] += 1
                ok(f"{what}: taken; it added only events of the original bundle; verify ok")
            else:
                bad(f"{what}: an altered bundle was imported (verify exit {vcode})", mutated, f"fuzz-{i}.ssb")
            reset()
            continue
        after = state(db)
        vcode, _, verr = run([binary, "--data", receiver, "verify"]) if i % 5 == 0 else (0, b"", b"")
        if code in (8, 9) and after == before and vcode == 0 and "未导入任何内容" in msg and len(msg) < 2000:
            tally["refused"] += 1
            ok(f"{what}: exit {code}, nothing imported: {msg.strip()[:120]}")
        else:
            bad(f"{what}: exit {code}, changed: {after != before}, verify exit {vcode}: {msg[:400]}", mutated, f"fuzz-{i}.ssb")
            reset()
    shutil.rmtree(pristine, ignore_errors=True)
    print(f"  {count} bundles in {time.time() - started:.0f} s: {tally['refused']} refused whole, "
          f"{tally['taken']} resealed JSON edits taken (original events, or forged ones that verify); exit codes {dict(sorted(codes.items()))}; "
          f"slowest {slowest[0]:.1f} s ({slowest[1][:160]})")


def main():
    mode = sys.argv[1]
    if mode == "csv":
        _, _, binary, data, count, seed, *seeds = sys.argv
        csv(binary, data, int(count), int(seed), seeds)
    elif mode == "bundle":
        _, _, binary, sender, receiver, count, seed = sys.argv
        bundle(binary, sender, receiver, int(count), int(seed))
    else:
        sys.exit(__doc__)
    print(f"{passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
