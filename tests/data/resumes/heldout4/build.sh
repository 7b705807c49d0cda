#!/bin/sh
# Rebuild tests/data/resumes/heldout4/ from src/ (issue 11, a fourth held-out set; CC0 but for
# the two LibreOffice templates, MPL-2.0). Tools: TeX Live 2022 (pdfLaTeX, XeLaTeX, LuaLaTeX;
# lato, charter, mathptmx, fontawesome5, pdfrender, eso-pic), Typst 0.15 and python-docx 1.2
# and Pillow in $PY (default /tmp/resumes-venv/bin/python), pandoc 2.17, LibreOffice 7.4 (its
# own templates personal/CV.ott and personal/Resume1page.ott), Chromium, poppler's pdftoppm.
# Typst, Chromium and LibreOffice PDFs embed a date, so bytes differ on a rebuild; text does not.
set -eu
PY=${PY:-/tmp/resumes-venv/bin/python}
HERE=$(cd "$(dirname "$0")" && pwd)
SRC=$HERE/src
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

# LibreOffice's own templates, filled in, then saved as DOCX / exported to PDF.
python3 "$SRC/libreoffice/fill_templates.py" "$SRC/libreoffice"
soffice --headless --convert-to docx --outdir "$TMP" "$SRC/libreoffice/orsted-cv.odt" >/dev/null
soffice --headless --convert-to pdf --outdir "$TMP" "$SRC/libreoffice/dang-resume1page.odt" >/dev/null
soffice --headless --convert-to docx --outdir "$TMP" "$SRC/libreoffice/noname-resume1page.odt" >/dev/null
cp "$TMP/orsted-cv.docx" "$HERE/orsted-libreoffice-cvtemplate.docx"
cp "$TMP/dang-resume1page.pdf" "$HERE/dang-libreoffice-resume1page.pdf"
cp "$TMP/noname-resume1page.docx" "$HERE/noname-libreoffice-resume1page-placeholder.docx"

# HTML printed by headless Chromium.
for f in paris-gdocs-serif ford-canva-twotone okeke-canva-darksidebar noname-canva-candidate \
         tan-linkedin-savetopdf kazlauskiene-europass2020 alrashid-arabic-latin; do
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$HERE/$f-chromium.pdf" "$SRC/html/$f.html" 2>/dev/null
done
# HTML converted to DOCX by LibreOffice.
soffice --headless --convert-to 'docx:MS Word 2007 XML' --outdir "$TMP" "$SRC/html/whitfield-allcaps.html" >/dev/null
cp "$TMP/whitfield-allcaps.docx" "$HERE/whitfield-libreoffice-allcaps.docx"

# LaTeX.
cp "$SRC"/latex/*.tex "$TMP/"
cd "$TMP"
for f in lindqvisthaas-academic deshpande-tech-icons andersen-footeremail mensahbonsu-page; do
  pdflatex -interaction=nonstopmode "$f.tex" >/dev/null
done
lualatex -interaction=nonstopmode kohler-academic-titles.tex >/dev/null
xelatex -interaction=nonstopmode bendavid-hebrew-latin.tex >/dev/null
pdftoppm -r 150 -gray -png -singlefile mensahbonsu-page.pdf scan0
"$PY" "$SRC/latex/make_scan.py" scan0.png mensahbonsu-scan.jpg
pdflatex -interaction=nonstopmode mensahbonsu-ocrlayer.tex >/dev/null
cp lindqvisthaas-academic.pdf "$HERE/lindqvisthaas-latex-academic.pdf"
cp kohler-academic-titles.pdf "$HERE/kohler-lualatex-academic-titles.pdf"
cp deshpande-tech-icons.pdf "$HERE/deshpande-latex-tech-icons.pdf"
cp andersen-footeremail.pdf "$HERE/andersen-latex-footeremail.pdf"
cp bendavid-hebrew-latin.pdf "$HERE/bendavid-hebrew-latin-xelatex.pdf"
cp mensahbonsu-ocrlayer.pdf "$HERE/mensahbonsu-scanned-ocrlayer.pdf"

# Typst.
for f in oshaughnessy-jobtitlefirst dvorak-inlinetwotone; do
  "$PY" -c "import sys, typst; typst.compile(sys.argv[1], output=sys.argv[2])" \
    "$SRC/typst/$f.typ" "$HERE/$(echo $f | sed 's/-/-typst-/').pdf"
done

# pandoc Markdown -> ODT -> LibreOffice PDF.
pandoc "$SRC/pandoc/villalobos-resumefirst.md" -o "$TMP/villalobos-resumefirst.odt"
soffice --headless --convert-to pdf --outdir "$TMP" "$TMP/villalobos-resumefirst.odt" >/dev/null
cp "$TMP/villalobos-resumefirst.pdf" "$HERE/villalobos-pandoc-resumefirst.pdf"

# python-docx.
"$PY" "$SRC/docx/make_docx.py" "$HERE"
