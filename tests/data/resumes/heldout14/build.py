#!/usr/bin/env python3
"""Rebuild every document of resumes/heldout14 from src/.

  .venv/bin/python tests/data/resumes/heldout14/build.py

- src/make_photo.py   -> src/img/photo-*.png (placeholder portraits, pure Python)
- src/make_docx.py    -> *.docx (python-docx)
- src/html/*.html     -> *.pdf  (headless chromium --print-to-pdf)
- src/tex/*.tex       -> *.pdf  (pdflatex, run twice)
- src/text/*          -> copied as they are (.md, .txt)
names.json and README.md are hand-written and not touched by this script.
"""
import glob, os, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or "/usr/bin/chromium"


def run(cmd, **kw):
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, **kw)


def photos():
    run([sys.executable, os.path.join(SRC, "make_photo.py"), os.path.join(SRC, "img")])


def docx():
    run([sys.executable, os.path.join(SRC, "make_docx.py"), HERE])


def html():
    for f in sorted(glob.glob(os.path.join(SRC, "html", "*.html"))):
        out = os.path.join(HERE, os.path.basename(f)[:-5] + ".pdf")
        with tempfile.TemporaryDirectory() as prof:
            run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + prof,
                 "--no-pdf-header-footer", "--print-to-pdf-no-header", "--run-all-compositor-stages-before-draw",
                 "--print-to-pdf=" + out, "file://" + f],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def tex():
    texdir = os.path.join(SRC, "tex")
    for f in sorted(glob.glob(os.path.join(texdir, "*.tex"))):
        with tempfile.TemporaryDirectory() as tmp:
            for _ in range(2):
                run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "-output-directory", tmp,
                     os.path.basename(f)], cwd=texdir, stdout=subprocess.DEVNULL)
            name = os.path.basename(f)[:-4] + ".pdf"
            shutil.copy(os.path.join(tmp, name), os.path.join(HERE, name))


def text():
    for f in sorted(glob.glob(os.path.join(SRC, "text", "*"))):
        shutil.copy(f, os.path.join(HERE, os.path.basename(f)))


if __name__ == "__main__":
    photos(); docx(); html(); tex(); text()
    print("done")
