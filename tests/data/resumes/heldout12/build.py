#!/usr/bin/env python3
"""Rebuild every document of heldout12 from src/.

  .venv/bin/python tests/data/resumes/heldout12/build.py

Needs: python-docx (venv), /usr/bin/chromium (HTML -> PDF), pdflatex (TeX -> PDF).
Writes the documents next to this file; names.json (ground truth) is NOT touched.
"""
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
sys.path.insert(0, SRC)

import docx_cvs  # noqa: E402
import photo  # noqa: E402


def build_docx():
    for name, fn in docx_cvs.BUILDERS.items():
        fn(os.path.join(HERE, name))
        print("docx ", name)


def build_html():
    hdir = os.path.join(SRC, "html")
    for f in sorted(os.listdir(hdir)):
        if not f.endswith(".html"):
            continue
        out = os.path.join(HERE, f[:-5] + ".pdf")
        with tempfile.TemporaryDirectory() as prof:
            subprocess.run(
                ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                 f"--user-data-dir={prof}", f"--print-to-pdf={out}", "file://" + os.path.join(hdir, f)],
                check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
        print("html ", os.path.basename(out))


def build_tex():
    tdir = os.path.join(SRC, "tex")
    with tempfile.TemporaryDirectory() as work:
        photo.make_png(os.path.join(work, "photo-sosa.png"))
        for f in sorted(os.listdir(tdir)):
            if not f.endswith(".tex"):
                continue
            shutil.copy(os.path.join(tdir, f), work)
            for _ in range(2):
                subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", f], cwd=work,
                               check=True, stdout=subprocess.DEVNULL, timeout=120)
            shutil.copy(os.path.join(work, f[:-4] + ".pdf"), os.path.join(HERE, f[:-4] + ".pdf"))
            print("latex", f[:-4] + ".pdf")


def build_text():
    tdir = os.path.join(SRC, "text")
    for f in sorted(os.listdir(tdir)):
        shutil.copy(os.path.join(tdir, f), os.path.join(HERE, f))
        print("text ", f)


if __name__ == "__main__":
    build_docx()
    build_html()
    build_tex()
    build_text()
