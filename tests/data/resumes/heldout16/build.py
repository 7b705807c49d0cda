#!/usr/bin/env python3
"""Rebuild the heldout16 resume documents from src/.

  .venv/bin/python tests/data/resumes/heldout16/build.py

Needs python-docx (in the project venv), /usr/bin/chromium (headless print to PDF) and pdflatex.
names.json (the ground truth) is hand-written and is NOT regenerated here.
"""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
sys.path.insert(0, SRC)

import docx_docs  # noqa: E402

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def html_to_pdf(html, pdf):
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--user-data-dir={prof}", f"--print-to-pdf={pdf}", "file://" + html],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


def tex_to_pdf(tex, pdf):
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(2):
            subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "-output-directory", tmp, tex],
                           check=True, stdout=subprocess.DEVNULL, timeout=120)
        shutil.copy(os.path.join(tmp, os.path.basename(tex)[:-4] + ".pdf"), pdf)


def main():
    docx_docs.build_all(HERE)
    for f in sorted(os.listdir(os.path.join(SRC, "html"))):
        if f.endswith(".html"):
            html_to_pdf(os.path.join(SRC, "html", f), os.path.join(HERE, f[:-5] + ".pdf"))
    for f in sorted(os.listdir(os.path.join(SRC, "tex"))):
        if f.endswith(".tex"):
            tex_to_pdf(os.path.join(SRC, "tex", f), os.path.join(HERE, f[:-4] + ".pdf"))
    for f in sorted(os.listdir(os.path.join(SRC, "text"))):
        shutil.copy(os.path.join(SRC, "text", f), os.path.join(HERE, f))


if __name__ == "__main__":
    main()
