#!/bin/sh
# Rebuild the generated resumes from their sources (see README.md). Needs: texlive
# (latex-extra, fonts-extra, xetex), LibreOffice Writer, and Python with `typst` and
# `python-docx`. PYTHON may point at a virtualenv that has them.
set -eu
cd "$(dirname "$0")"
PYTHON=${PYTHON:-python3}
"$PYTHON" make_sources.py
for tex in *.tex; do
  if grep -q fontspec "$tex"; then engine=xelatex; else engine=pdflatex; fi
  "$engine" -interaction=nonstopmode -halt-on-error "$tex" >/dev/null
  "$engine" -interaction=nonstopmode -halt-on-error "$tex" >/dev/null
done
rm -f ./*.aux ./*.log ./*.out
for typ in *.typ; do
  "$PYTHON" -c "import sys, typst; typst.compile(sys.argv[1], output=sys.argv[2])" \
    "$typ" "${typ%.typ}.pdf"
done
for html in *.html; do
  base=${html%.html}
  if [ -f "$base.pdf.expected.json" ]; then
    soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf "$html" >/dev/null
  fi
  if [ -f "$base.docx.expected.json" ]; then
    soffice --headless --infilter="HTML (StarWriter)" \
      --convert-to 'docx:MS Word 2007 XML' "$html" >/dev/null
  fi
done
