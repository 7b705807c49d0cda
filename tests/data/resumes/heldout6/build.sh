#!/bin/sh
# Rebuild heldout6 from src/. Needs: TeX Live 2022 (pdfLaTeX with helvet, marvosym, textpos,
# tikz, lmodern, babel-spanish; XeLaTeX with fontspec), fonts-liberation, fonts-dejavu,
# fonts-noto (Naskh Arabic), fonts-wqy-zenhei, LibreOffice Writer 7.x, Chromium, and a Python with
# typst (PyPI, 0.15) and python-docx (1.2): PYTHON=/tmp/venv-resumes6/bin/python sh build.sh
# Typst and Chromium PDFs embed a timestamp: their bytes change on a rebuild, their text does not.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
PYTHON=${PYTHON:-python3}
B=$(mktemp -d)
S=$HERE/src
python3 "$S/make_photo.py" "$B/photo.png"

# LaTeX
cp -r "$S/latex/resumetex" "$B/resumetex"; cp "$B/photo.png" "$B/resumetex/photo.png"
(cd "$B/resumetex" && pdflatex -interaction=nonstopmode resume.tex >/dev/null)
cp "$B/resumetex/resume.pdf" "$HERE/wroblewska-latex-resumetex-sidebar.pdf"
(cd "$B" && pdflatex -interaction=nonstopmode "$S/latex/article/gonzalez-etxeberria.tex" >/dev/null)
cp "$B/gonzalez-etxeberria.pdf" "$HERE/gonzalezetxeberria-latex-article-es.pdf"
(cd "$B" && xelatex -interaction=nonstopmode "$S/latex/article/ndiaye-academic.tex" >/dev/null)
cp "$B/ndiaye-academic.pdf" "$HERE/ndiaye-xelatex-academic-fr.pdf"

# Typst
(cd "$S/typst/vantage" && "$PYTHON" -c "import typst; typst.compile('main.typ', output='$HERE/obi-typst-vantagecv.pdf')")

# DOCX (python-docx); the *-libreoffice ones become PDF through LibreOffice
mkdir -p "$B/docx" "$B/lo"
"$PYTHON" "$S/docx/make_docx.py" "$B/docx" "$B/photo.png" >/dev/null
for f in "$B"/docx/*.docx; do
  case "$f" in *-libreoffice.docx) ;; *) cp "$f" "$HERE/";; esac
done
soffice --headless "-env:UserInstallation=file://$B/lo-profile" --convert-to pdf --outdir "$B/lo" "$B"/docx/*-libreoffice.docx >/dev/null 2>&1
cp "$B"/lo/*.pdf "$HERE/"

# HTML printed by headless Chromium
for f in "$S"/html/*.html; do
  n=$(basename "$f" .html); who=${n%%-*}; rest=${n#*-}
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    "--print-to-pdf=$HERE/$who-chromium-$rest.pdf" "$f" >/dev/null 2>&1
done

# Text and Markdown are their own sources
cp "$S"/text/* "$HERE/"
rm -rf "$B"
