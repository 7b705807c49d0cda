#!/usr/bin/env python3
"""Rebuild the heldout13 resume documents from src/.

Needs: python-docx (project venv), /usr/bin/chromium (headless print-to-pdf),
pdflatex and lualatex (TeX Live base + fontspec). Run with the project venv:
    /work/main/.venv/bin/python tests/data/resumes/heldout13/build.py
"""
import os, shutil, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "src")

LATEX = {  # tex source -> engine
    "zhang-moderncv-style.tex": "lualatex",
    "venkataraman-jakes.tex": "pdflatex",
    "martinez-awesomecv-style.tex": "pdflatex",
    "elsayed-altacv-style.tex": "pdflatex",
    "vandenberg-academic-koma.tex": "pdflatex",
}

def html_to_pdf(src, dst):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf-no-header", f"--print-to-pdf={dst}", "file://" + src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

def tex_to_pdf(src, dst, engine):
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(2):
            r = subprocess.run([engine, "-interaction=nonstopmode", "-halt-on-error", "-output-directory", tmp, src],
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT, cwd=tmp)
            if r.returncode:
                sys.stderr.write(r.stdout.decode(errors="replace")[-3000:]); raise SystemExit(f"{engine} failed on {src}")
        shutil.copy(os.path.join(tmp, os.path.splitext(os.path.basename(src))[0] + ".pdf"), dst)

def main():
    hdir = os.path.join(SRC, "html")
    for f in sorted(os.listdir(hdir)):
        if f.endswith(".html"):
            html_to_pdf(os.path.join(hdir, f), os.path.join(HERE, f[:-5] + ".pdf")); print("pdf  ", f)
    for f, eng in LATEX.items():
        tex_to_pdf(os.path.join(SRC, "tex", f), os.path.join(HERE, f[:-4] + ".pdf"), eng); print(eng, f)
    tdir = os.path.join(SRC, "text")
    for f in sorted(os.listdir(tdir)):
        shutil.copy(os.path.join(tdir, f), os.path.join(HERE, f)); print("copy ", f)
    sys.path.insert(0, os.path.join(SRC, "docx"))
    import make_docx
    make_docx.make(HERE); print("docx  4 files")

if __name__ == "__main__":
    main()
