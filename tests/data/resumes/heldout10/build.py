#!/usr/bin/env python3
"""Rebuild tests/data/resumes/heldout10 from src/.
Needs: python-docx (run with /work/main/.venv/bin/python), soffice (LibreOffice),
chromium, pdflatex (texlive with clearsans, textpos, marvosym, titlesec).
Usage: .venv/bin/python tests/data/resumes/heldout10/build.py"""
import shutil, subprocess, sys, tempfile
from pathlib import Path
HERE = Path(__file__).resolve().parent
SRC = HERE / 'src'
sys.path.insert(0, str(SRC))
import docx_docs

def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180, **kw)

for name, fn in docx_docs.DOCX.items():
    fn(str(HERE / name))
with tempfile.TemporaryDirectory() as td:
    for name, fn in docx_docs.DOCX_TO_PDF.items():
        d = Path(td) / (Path(name).stem + '.docx'); fn(str(d))
        run(['soffice', '--headless', '--convert-to', 'pdf', '--outdir', td, str(d)])
        shutil.copy(Path(td) / (Path(name).stem + '.pdf'), HERE / name)
    for html in sorted((SRC / 'html').glob('*.html')):
        run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
             f'--print-to-pdf={HERE / (html.stem + ".pdf")}', html.as_uri()])
    for tex, sub in [('santos-twentyseconds-pt.tex', 'twentysecondcv'), ('mensah-overleaf-article.tex', 'latex')]:
        w = Path(td) / sub; shutil.copytree(SRC / sub, w, dirs_exist_ok=True)
        run(['pdflatex', '-interaction=nonstopmode', tex], cwd=w)
        shutil.copy(w / tex.replace('.tex', '.pdf'), HERE / tex.replace('.tex', '.pdf'))
for t in (SRC / 'text').iterdir():
    shutil.copy(t, HERE / t.name)
print('built', len([p for p in HERE.iterdir() if p.is_file() and p.suffix in ('.pdf', '.docx', '.txt', '.md')]), 'documents')
