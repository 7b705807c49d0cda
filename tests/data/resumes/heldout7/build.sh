#!/bin/sh
# Rebuilds tests/data/resumes/heldout7/ from src/.
# Needs: fonts-font-awesome (FontAwesome.otf for fontawesome.sty under XeLaTeX), TeX Live 2022 with XeLaTeX (fontawesome, changepage, hyphenat, titlesec, enumitem, tabularx),
#        fonts-dejavu, fonts-liberation, fonts-noto (Noto Sans, Noto Sans Devanagari), fonts-wqy-zenhei,
#        Chromium (headless), LibreOffice 7.x (soffice), and a Python with typst 0.15 and python-docx 1.2:
#        python3 -m venv /tmp/venv-resumes7 && /tmp/venv-resumes7/bin/pip install typst python-docx
#        PYTHON=/tmp/venv-resumes7/bin/python sh build.sh
# Typst/Chromium PDFs and python-docx files embed a timestamp (and the Lancern template prints
# today's date in its footer), so bytes change on a rebuild.
set -e
HERE=$(cd "$(dirname "$0")" && pwd)
PYTHON=${PYTHON:-/tmp/venv-resumes7/bin/python}
SRC=$HERE/src
TMP=$(mktemp -d)

# LaTeX (XeLaTeX)
cp -r "$SRC/latex/leonz" "$TMP/leonz"
(cd "$TMP/leonz" && xelatex -interaction=nonstopmode kowalczykwojcik.tex >/dev/null)
cp "$TMP/leonz/kowalczykwojcik.pdf" "$HERE/kowalczykwojcik-latex-leonz.pdf"
cp -r "$SRC/latex/hindi" "$TMP/hindi"
(cd "$TMP/hindi" && xelatex -interaction=nonstopmode tiwari.tex >/dev/null)
cp "$TMP/hindi/tiwari.pdf" "$HERE/tiwari-xelatex-biodata-hindi.pdf"

# Typst
"$PYTHON" -c "import typst; typst.compile('$SRC/typst/ozdemir.typ', output='$HERE/ozdemir-typst-ozgecmis-tr.pdf')"
"$PYTHON" -c "import typst; typst.compile('$SRC/typst/noname.typ', output='$HERE/noname-typst-blindreview.pdf')"
"$PYTHON" -c "import typst; typst.compile('$SRC/typst/lancern/zhou.typ', output='$HERE/zhou-typst-lancern-cn.pdf')"

# HTML printed by headless Chromium
pr() { chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$HERE/$2" "file://$SRC/html/$1" >/dev/null 2>&1; }
pr ramachandran-canva.html ramachandran-chromium-canva-photo.pdf
pr hoffmann-zety-de.html hoffmann-chromium-zety-de.pdf
pr garciamarquez-kickresume-es.html garciamarquez-chromium-kickresume-es.pdf
pr kaya-linkedin-tr.html kaya-chromium-linkedin-tr.pdf
pr nakamura-europass.html nakamura-chromium-europass.pdf
pr mensah-resumeio.html mensah-chromium-resumeio-monogram.pdf
pr laurent-gdocs-fr.html laurent-chromium-gdocs-fr.pdf
pr villanueva-resumegenius.html villanueva-chromium-resumegenius.pdf

# Word documents (python-docx); the *-libreoffice ones are exported to PDF by LibreOffice
"$PYTHON" "$SRC/docx/make_docx.py" "$TMP"
for f in mwangi-docx-word-boldmodern guimaraes-docx-pt-title liu-docx-gdocs-bilingual noname-docx-anonymised; do
  cp "$TMP/$f.docx" "$HERE/$f.docx"
done
(cd "$TMP" && soffice --headless --convert-to pdf --outdir "$TMP/pdf" *-libreoffice.docx >/dev/null 2>&1)
cp "$TMP"/pdf/*-libreoffice.pdf "$HERE/"

# Text and Markdown are their own sources
cp "$SRC"/text/*.txt "$SRC"/text/*.md "$HERE/"
rm -rf "$TMP"
