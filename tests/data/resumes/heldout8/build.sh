#!/bin/sh
# Rebuilds tests/data/resumes/heldout8 from src/.
# Needs: TeX Live 2022 (pdfLaTeX with lmodern, XeLaTeX with fontspec), fonts DejaVu, Liberation,
# Noto Sans/Naskh Arabic, WenQuanYi Zen Hei; Chromium; LibreOffice 7.x; and a Python with
# typst (PyPI, 0.15) and python-docx (1.2): PYTHON=/tmp/venv-resumes8/bin/python sh build.sh
set -e
HERE=$(cd "$(dirname "$0")" && pwd); cd "$HERE"
PY=${PYTHON:-python3}
TMP=$(mktemp -d)
# HTML designs -> Chromium PDF
$PY src/html/make_html.py
for f in src/html/*.html; do
  b=$(basename "$f" .html)
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$HERE/$b.pdf" "file://$HERE/$f" 2>/dev/null
done
# DOCX (python-docx); *-libreoffice.docx become PDFs, as Word's "Save as PDF"
$PY src/docx/make_docx.py "$TMP"
for f in "$TMP"/*.docx; do
  b=$(basename "$f" .docx)
  case "$b" in
    *-libreoffice) soffice --headless --convert-to pdf --outdir "$HERE" "$f" >/dev/null 2>&1 ;;
    *) cp "$f" "$HERE/" ;;
  esac
done
# LaTeX
(cd src/latex && pdflatex -interaction=batchmode -output-directory="$TMP" orregovilla-latex-article-es.tex >/dev/null \
  && xelatex -interaction=batchmode -output-directory="$TMP" elamrani-xelatex-threecol-ar.tex >/dev/null)
cp "$TMP"/orregovilla-latex-article-es.pdf "$TMP"/elamrani-xelatex-threecol-ar.pdf "$HERE/"
# Typst
for f in src/typst/*.typ; do
  $PY -c "import sys,typst; typst.compile(sys.argv[1], output=sys.argv[2])" "$f" "$HERE/$(basename "$f" .typ).pdf"
done
# text and Markdown are their own sources
cp src/text/*.txt src/text/*.md "$HERE/"
rm -rf "$TMP"
