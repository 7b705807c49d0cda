#!/usr/bin/env python3
"""Rebuild the heldout11 resume documents from src/.

  src/make_docx.py  -> *.docx (python-docx)
  src/html/*.html   -> *.pdf  (headless Chromium: /usr/bin/chromium --print-to-pdf)
  src/tex/*.tex     -> *.pdf  (pdflatex; Debian texlive-latex-base/-recommended/-fonts-recommended)
  src/text/*        -> copied as they are (.txt, .md)

Fonts used by the HTML: DejaVu (default), WenQuanYi Micro Hei (Chinese), NanumGothic (Korean):
  apt-get install -y fonts-wqy-microhei fonts-nanum
Run from anywhere:  /work/main/.venv/bin/python tests/data/resumes/heldout11/build.py
"""
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = HERE / "src"


def main():
    subprocess.run([sys.executable, str(SRC / "make_docx.py"), str(HERE)], check=True)
    for html in sorted((SRC / "html").glob("*.html")):
        out = HERE / (html.stem + ".pdf")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                        f"--print-to-pdf={out}", html.as_uri()], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)
    with tempfile.TemporaryDirectory() as td:
        for tex in sorted((SRC / "tex").glob("*.tex")):
            subprocess.run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", f"-output-directory={td}",
                            str(tex)], check=True, stdout=subprocess.DEVNULL, cwd=td)
            shutil.copy(Path(td) / (tex.stem + ".pdf"), HERE / (tex.stem + ".pdf"))
    for f in sorted((SRC / "text").iterdir()):
        shutil.copy(f, HERE / f.name)
    print("built", len([p for p in HERE.iterdir() if p.suffix in {'.pdf', '.docx', '.txt', '.md'} and p.name != 'README.md']), "documents")


if __name__ == "__main__":
    main()
