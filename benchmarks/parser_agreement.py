"""Do the hardened parsers read ordinary mail and resumes as before? Old code against new, on
files the project's tests have not seen.

Issue 16 made every parser linear and capped what each reads; on honest input nothing should
change. This runs the same files through two checkouts' parsers (each in its own process,
`--old` and `--new`) and counts the files whose reading differs:

* emails: parse_message (sender, subject, text, attachment names, defects), triage (kind),
  the visible reply, the answers to the shipped questions, a withdrawal request;
* documents (PDF, DOCX, …): read_resume (text, flags) and the profile's name and email.

Files whose SHA-256 is among tests/data are left out unless --all: what is left was never
looked at while the parsers were written. It also prints each side's time over the set (the
ratio new / old, measured in the same run).

    .venv/bin/python benchmarks/parser_agreement.py --old /tmp/old-checkout DIR [DIR ...]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCUMENT_SUFFIXES = {".pdf", ".docx", ".odt", ".rtf", ".doc"}
SKIP_SUFFIXES = {".json", ".md", ".py", ".yaml", ".yml", ".toml", ".txt_result"}

READER = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
from parsers.message import parse_message
from parsers.classify import triage
from parsers.answers import extract_answers, visible_reply
from parsers.intent import reply_asks_to_withdraw
from parsers.resume import read_resume, profile_from_document
from grantbox.questions import load_questions, DEFAULT_QUESTIONS_PATH

questions = load_questions(DEFAULT_QUESTIONS_PATH)
out, started = {}, time.perf_counter()
for line in sys.stdin:
    kind, path = line.rstrip("\n").split("\t", 1)
    data = open(path, "rb").read()
    try:
        if kind == "mail":
            m = parse_message(data)
            out[path] = {
                "from": m.from_addr, "subject": m.subject, "text": m.text,
                "files": [a.filename for a in m.attachments], "defects": len(m.defects),
                "kind": str(triage(m, frozenset({"grants@example.org"})).kind),
                "visible": visible_reply(m.text),
                "answers": {
                    k: a.text for k, a in extract_answers(m.text, questions).answers.items()
                },
                "withdraw": reply_asks_to_withdraw(m.text),
            }
        else:
            d = read_resume(data, filename=path.rsplit("/", 1)[-1])
            p = profile_from_document(d)
            out[path] = {
                "text": d.text, "flags": d.flags,
                "name": p.name.value if p.name else None,
                "email": p.email.value if getattr(p, "email", None) else None,
            }
    except Exception as e:
        out[path] = {"raised": type(e).__name__}
print(json.dumps({"seconds": time.perf_counter() - started, "files": out}))
"""


def files(dirs: list[Path], include_seen: bool) -> list[tuple[str, Path]]:
    seen = set()
    if not include_seen:
        seen = {
            hashlib.sha256(p.read_bytes()).hexdigest()
            for p in (ROOT / "tests/data").rglob("*")
            if p.is_file()
        }
    found = []
    for d in dirs:
        for p in sorted(d.rglob("*")):
            if not p.is_file() or p.suffix.lower() in SKIP_SUFFIXES or p.name.startswith("."):
                continue
            if hashlib.sha256(p.read_bytes()).hexdigest() in seen:
                continue
            found.append(("doc" if p.suffix.lower() in DOCUMENT_SUFFIXES else "mail", p))
    return found


def read_with(code: Path, chosen: list[tuple[str, Path]]) -> dict:
    done = subprocess.run(
        [sys.executable, "-c", READER, str(code)],
        input="".join(f"{k}\t{p}\n" for k, p in chosen),
        capture_output=True,
        text=True,
        cwd=code,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dirs", nargs="+", type=Path)
    parser.add_argument("--old", type=Path, required=True, help="checkout with the old code")
    parser.add_argument("--new", type=Path, default=ROOT, help="checkout with the new code")
    parser.add_argument("--all", action="store_true", help="include files in tests/data")
    args = parser.parse_args()

    chosen = files(args.dirs, args.all)
    old, new = read_with(args.old.resolve(), chosen), read_with(args.new.resolve(), chosen)
    for kind in ("mail", "doc"):
        paths = [str(p) for k, p in chosen if k == kind]
        differ = [p for p in paths if old["files"][p] != new["files"][p]]
        print(
            f"{kind}: {len(paths)} files, {len(paths) - len(differ)} read alike, "
            f"{len(differ)} differ"
        )
        for p in differ:
            a, b = old["files"][p], new["files"][p]
            fields = sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))
            print(f"  {p}: {', '.join(fields)}")
    print(
        f"time: old {old['seconds']:.2f} s, new {new['seconds']:.2f} s, "
        f"new / old {new['seconds'] / old['seconds']:.2f}"
    )


if __name__ == "__main__":
    main()
