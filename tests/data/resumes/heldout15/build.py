#!/usr/bin/env python3
"""Rebuild the heldout15 resume documents from src/.

Run with the project venv:  .venv/bin/python tests/data/resumes/heldout15/build.py
Needs: python-docx (venv), /usr/bin/chromium (HTML -> PDF), pdflatex (LaTeX -> PDF).
names.json is NOT generated here: it is the hand-written ground truth.
"""
import os, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")
sys.path.insert(0, SRC)

import make_docx  # noqa: E402
import photo  # noqa: E402

# output file -> source file in src/
HTML = {
    "canva-park-photo.pdf": "canva-park.html",
    "zety-asante-mensah-sidebar.pdf": "zety-asante-mensah.html",
    "novoresume-ivanova-photo.pdf": "novoresume-ivanova.html",
    "enhancv-ozturk.pdf": "enhancv-ozturk.html",
    "kickresume-nascimento-da-silva.pdf": "kickresume-silva.html",
    "resumeio-oconnor.pdf": "resumeio-oconnor.html",
    "europass-dvorak.pdf": "europass-dvorak.html",
    "linkedin-rojas-cardenas.pdf": "linkedin-rojas.html",
    "indeed-karthikeyan-r.pdf": "indeed-karthikeyan.html",
    "word-export-hernandez-morales.pdf": "word-hernandez.html",
    "gdocs-elamrani-fr.pdf": "gdocs-elamrani-fr.html",
    "wang-xiaoming-bilingual.pdf": "bilingual-wang.html",
    "anon-ats-blind-cv.pdf": "blind-cv-applied.html",
}
TEX = {
    "moderncv-style-haugen.pdf": "moderncv-haugen.tex",
    "jake-style-dela-cruz.pdf": "jake-delacruz.tex",
    "latex-academic-benali.pdf": "academic-benali.tex",
}
COPY = {
    "chen-pasted.txt": "chen-pasted.txt",
    "shevchenko-cv.md": "shevchenko-cv.md",
    "portal-export-nameless.txt": "portal-export-nameless.txt",
}


def chromium_pdf(html, out):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--allow-file-access-from-files", f"--print-to-pdf={out}", "file://" + html],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


def latex_pdf(tex, out):
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(2):
            subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", "-output-directory", tmp, tex],
                           check=True, stdout=subprocess.DEVNULL, cwd=SRC)
        shutil.copy(os.path.join(tmp, os.path.splitext(os.path.basename(tex))[0] + ".pdf"), out)


def main():
    photo.make_png(os.path.join(SRC, "photo.png"))
    for name, fn in make_docx.ALL.items():
        fn(os.path.join(HERE, name)); print("docx ", name)
    for name, src in HTML.items():
        chromium_pdf(os.path.join(SRC, src), os.path.join(HERE, name)); print("html ", name)
    for name, src in TEX.items():
        latex_pdf(os.path.join(SRC, src), os.path.join(HERE, name)); print("latex", name)
    for name, src in COPY.items():
        shutil.copy(os.path.join(SRC, src), os.path.join(HERE, name)); print("copy ", name)


if __name__ == "__main__":
    main()
