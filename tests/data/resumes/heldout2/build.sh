#!/usr/bin/env bash
# Rebuild tests/data/resumes/heldout2 (issue 11, second held-out set) from src/.
#
# Needs (Debian 12): texlive-latex-extra texlive-xetex texlive-luatex texlive-fonts-extra
# texlive-fonts-recommended texlive-plain-generic fonts-lato pandoc libreoffice-writer-nogui
# chromium; a Python with `typst` (PyPI); for the JSON Resume HTML, node with the npm packages
# resumed, jsonresume-theme-even and jsonresume-theme-stackoverflow (the rendered HTML is kept
# in src/jsonresume, so that step is optional). The tests never need any of this: the built
# files are committed. PDFs embed build dates, so their bytes differ on a rebuild; their text
# does not.
#
#   PYTHON=/path/to/python-with-typst bash tests/data/resumes/heldout2/build.sh
set -u
HERE="$(cd "$(dirname "$0")" && pwd)"
SRC="$HERE/src"
PY="${PYTHON:-python3}"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

tex() { # engine, source dir, file stem, output name
  cp -r "$SRC/$2/." "$TMP/$2"
  (cd "$TMP/$2" && OSFONTDIR=/usr/share/fonts/truetype/lato \
    "$1" -interaction=nonstopmode "$3.tex" >/dev/null 2>&1)
  # europecv stops on a LaTeX-2022 hook error after writing a complete page: keep the PDF.
  cp "$TMP/$2/$3.pdf" "$HERE/$4"
}

tex xelatex ting-friggeri resume ting-friggeri-xelatex.pdf
tex pdflatex fantino-jakes resume fantino-jakes-resume-smallcaps.pdf
tex pdflatex bajaj-sb2nov resume bajaj-sb2nov-tabular.pdf
tex pdflatex altacv mayer mayer-altacv-photoright.pdf
tex pdflatex altacv koch koch-altacv-postnominal.pdf
tex xelatex ramirez-deedy resume ramirez-deedy-xelatex.pdf
for stem in noether-moderncv-casual salam-moderncv-oldstyle maathai-moderncv-fancy \
  ramanujan-currvita-namefield meitner-europecv johnson-europasscv-photo wu-simplecv \
  franklin-article-degreeline lamarr-article-letterspaced kovalevskaya-article-splitname \
  turing-article-runninghead noname-article-anonymised; do
  tex pdflatex ctan "$stem" "$stem.pdf"
done
tex lualatex lualatex okonjo-twocolumn okonjo-lualatex-twocolumn.pdf

(cd "$SRC/xu-typst-basic" && "$PY" -c "import typst; typst.compile('main.typ', output='$HERE/xu-typst-basic-resume.pdf')")
(cd "$SRC/typst-own" && "$PY" -c "import typst; typst.compile('tu-photo-degree.typ', output='$HERE/tu-typst-photo-degree.pdf')")

python3 "$SRC/rawpdf/make_rawpdf.py" "$HERE"

# JSON Resume: (optional) npx resumed render sample.resume.json --theme jsonresume-theme-even
# --output even.html (and the stackoverflow theme to so.html), then print and convert.
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
  --print-to-pdf="$HERE/hendriks-jsonresume-even-chromium.pdf" "$SRC/jsonresume/even.html" 2>/dev/null
(cd "$TMP" && soffice --headless --convert-to 'docx:MS Word 2007 XML' "$SRC/jsonresume/so.html" >/dev/null \
  && cp so.docx "$HERE/hendriks-jsonresume-stackoverflow-libreoffice.docx")
(cd "$TMP" && soffice --headless --convert-to 'docx:MS Word 2007 XML' "$SRC/libreoffice/rubin-sidebar.html" >/dev/null \
  && cp rubin-sidebar.docx "$HERE/rubin-libreoffice-sidebar.docx")

pandoc "$SRC/pandoc/hopper.md" -o "$HERE/hopper-pandoc-title.docx"
pandoc "$SRC/pandoc/noname-reference.md" -o "$HERE/noname-pandoc-reference.docx"
pandoc "$SRC/pandoc/lovelace.md" -o "$TMP/lovelace.odt"
(cd "$TMP" && soffice --headless --convert-to pdf lovelace.odt >/dev/null && cp lovelace.pdf "$HERE/lovelace-pandoc-odt-table.pdf")
