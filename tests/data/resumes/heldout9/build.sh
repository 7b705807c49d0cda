#!/bin/sh
# Rebuild heldout9 from src/. Needs: Chromium, LibreOffice 7.x (soffice), TeX Live pdfLaTeX (lmodern,
# titlesec, babel-french), DejaVu/Liberation/WenQuanYi/Noto Naskh Arabic fonts, and a Python with
# typst and python-docx (PYTHON=/tmp/venv-resumes9/bin/python). Chromium/Typst/DOCX embed timestamps.
set -e
HERE=$(cd "$(dirname "$0")" && pwd); cd "$HERE"
PYTHON=${PYTHON:-/tmp/venv-resumes9/bin/python}
TMP=$(mktemp -d)
python3 src/html/make_html.py
for h in src/html/*.html; do b=$(basename "$h" .html)
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$HERE/$b.pdf" "file://$HERE/$h" 2>/dev/null; done
"$PYTHON" src/docx/make_docx.py "$TMP"
for f in "$TMP"/*.docx; do b=$(basename "$f" .docx)
  case "$b" in *-libreoffice) soffice --headless -env:UserInstallation=file://$TMP/lo --convert-to pdf --outdir "$HERE" "$f" >/dev/null ;;
               *) cp "$f" "$HERE/" ;; esac; done
for t in src/latex/*.tex; do b=$(basename "$t" .tex)
  (cd src/latex && pdflatex -interaction=nonstopmode -output-directory "$TMP" "$b.tex" >/dev/null || true) ; cp "$TMP/$b.pdf" "$HERE/"; done
for t in src/typst/*.typ; do b=$(basename "$t" .typ)
  "$PYTHON" -c "import sys,typst; typst.compile(sys.argv[1], output=sys.argv[2])" "$t" "$HERE/$b.pdf"; done
cp src/text/*.txt src/text/*.md "$HERE/"
rm -rf "$TMP"
