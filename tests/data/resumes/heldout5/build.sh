#!/usr/bin/env bash
# Rebuild tests/data/resumes/heldout5 from src/.
# Needs: TeX Live 2022 (Debian bookworm: texlive-latex-base/-recommended/-extra,
# texlive-fonts-recommended, texlive-fonts-extra, texlive-xetex, texlive-luatex, fonts-lmodern,
# fonts-liberation2), fonts-dejavu, fonts-noto-core, fonts-wqy-zenhei, Chromium, LibreOffice 7.4
# Writer, poppler-utils, and a Python with typst (0.15), python-docx (1.2) and Pillow:
#   python3 -m venv /tmp/venv-resumes5 && /tmp/venv-resumes5/bin/pip install typst python-docx pillow
#   PYTHON=/tmp/venv-resumes5/bin/python tests/data/resumes/heldout5/build.sh
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
PY="${PYTHON:-python3}"
W="$(mktemp -d)"
trap 'rm -rf "$W"' EXIT
cp -r "$HERE/src/." "$W/"
OUT="$HERE"

# --- LaTeX -----------------------------------------------------------------------------
"$PY" -c "
from PIL import Image, ImageDraw
im=Image.new('RGB',(600,700),(190,190,190)); d=ImageDraw.Draw(im)
d.ellipse((200,120,400,340),fill=(150,150,150)); d.ellipse((110,380,490,800),fill=(150,150,150))
im.save('$W/latex/latexcv-sidebarleft/photo.jpg',quality=80)"
(cd "$W/latex/mcdowell" && lualatex -interaction=nonstopmode bergstromlind.tex >/dev/null)
cp "$W/latex/mcdowell/bergstromlind.pdf" "$OUT/bergstromlind-latex-mcdowell.pdf"
(cd "$W/latex/latexcv-classic" && pdflatex -interaction=nonstopmode dlamini.tex >/dev/null)
cp "$W/latex/latexcv-classic/dlamini.pdf" "$OUT/dlamini-latex-latexcv-classic.pdf"
(cd "$W/latex/latexcv-sidebarleft" && pdflatex -interaction=nonstopmode yildiz.tex >/dev/null)
cp "$W/latex/latexcv-sidebarleft/yildiz.pdf" "$OUT/yildiz-latex-latexcv-sidebarleft.pdf"
(cd "$W/latex/article" && xelatex -interaction=nonstopmode papadopoulou.tex >/dev/null)
cp "$W/latex/article/papadopoulou.pdf" "$OUT/papadopoulou-xelatex-greek.pdf"

# --- Typst -----------------------------------------------------------------------------
cp "$W/latex/latexcv-sidebarleft/photo.jpg" "$W/typst/modern-resume/avatar.jpg"
typ() { (cd "$W/typst/$1" && "$PY" -c "import typst,sys; typst.compile(sys.argv[1], output=sys.argv[2], font_paths=['/usr/share/fonts'])" "$2" "$OUT/$3"); }
typ modern-resume obriain.typ obriain-typst-modernresume.pdf
typ alterae kahananui.typ kahananui-typst-alterae.pdf
typ simple-technical-resume quintero.typ quintero-typst-simpletechnical.pdf

# --- HTML printed by headless Chromium ----------------------------------------------------
pdf() { (cd "$W/html/$1" && chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
          --print-to-pdf="$OUT/$3" "$2" >/dev/null 2>&1); }
pdf html-resume elidrissi.html elidrissi-chromium-htmlresume.pdf
pdf own oliveiradacosta-canva.html oliveiradacosta-chromium-canva.pdf
pdf own zhang-linkedin.html zhang-chromium-linkedin.pdf
pdf own volkov-europass.html volkov-chromium-europass.pdf
pdf own noname-blind.html noname-chromium-blind.pdf
pdf own tupou-gdocs-swiss.html tupou-chromium-gdocs-swiss.pdf
pdf own raghavendra-builder.html raghavendra-chromium-builder.pdf

# --- DOCX (python-docx) and Word-like PDFs (LibreOffice) ----------------------------------
"$PY" "$W/docx/make_docx.py" "$W/docx/out"
for f in vandenbroek-docx-wordmodern eze-docx-splitname srisuk-docx-gdocs-spearmint \
         kovacs-docx-hungarian noname-docx-anonymised; do
  cp "$W/docx/out/$f.docx" "$OUT/$f.docx"
done
(cd "$W/docx/out" && soffice --headless --convert-to pdf --outdir . macleod-docx-ukcv.docx desantis-docx-italiancv.docx >/dev/null 2>&1)
cp "$W/docx/out/macleod-docx-ukcv.pdf" "$OUT/macleod-libreoffice-ukcv.pdf"
cp "$W/docx/out/desantis-docx-italiancv.pdf" "$OUT/desantis-libreoffice-italiancv.pdf"

# --- plain text and Markdown are their own sources ------------------------------------------
cp "$W/text/"*.txt "$W/text/"*.md "$OUT/"
echo "built into $OUT"
