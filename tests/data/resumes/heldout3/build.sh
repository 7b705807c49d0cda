#!/usr/bin/env bash
# Rebuild tests/data/resumes/heldout3 (issue 11, third held-out set) from src/.
#
# Needs (Debian 12): texlive-latex-extra (curve, komacv, fancyhdr, titlesec, lipsum),
# texlive-xetex, texlive-luatex, fonts-lmodern, fonts-dejavu, fonts-linuxlibertine, pandoc,
# libreoffice-writer-nogui, chromium, and a Python with `typst` (PyPI). The tests never need
# any of this: the built files are committed. PDFs embed build dates, so their bytes differ
# on a rebuild; their text does not. The .txt and .md files are their own sources.
#
#   PYTHON=/path/to/python-with-typst bash tests/data/resumes/heldout3/build.sh
set -u
HERE="$(cd "$(dirname "$0")" && pwd)"
SRC="$HERE/src"
PY="${PYTHON:-python3}"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

tex() { # engine, source dir, file stem, output name
  mkdir -p "$TMP/$2" && cp -r "$SRC/$2/." "$TMP/$2"
  (cd "$TMP/$2" && "$1" -interaction=nonstopmode "$3.tex" >/dev/null 2>&1)
  cp "$TMP/$2/$3.pdf" "$HERE/$4"
}
typ() { # source dir, file, output name
  (cd "$SRC/$1" && "$PY" -c "import typst; typst.compile('$2', output='$HERE/$3')")
}
chrome() { # html file in src/html, output name
  chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
    --print-to-pdf="$HERE/$2" "$SRC/html/$1" >/dev/null 2>&1
}

tex pdflatex ctan/vanderberg lebenslauf vanderberg-curve-lebenslauf.pdf
tex pdflatex ctan mueller-komacv-hyphenated mueller-komacv-hyphenated.pdf
tex pdflatex ctan ramanathan-article-initials ramanathan-article-initials.pdf
tex pdflatex ctan boateng-article-twopage-header boateng-article-twopage-header.pdf
tex lualatex ctan nguyen-lualatex-surnamefirst nguyen-lualatex-surnamefirst.pdf
tex xelatex ctan yamamoto-xelatex-jobtitlefirst yamamoto-xelatex-jobtitlefirst.pdf

typ typst-twentysecondcv example.typ wang-typst-twentysecondcv.pdf
typ typst-imprecv template.typ doe-typst-imprecv.pdf
typ typst-own lefevre-nomprenom.typ lefevre-typst-nomprenom.pdf
typ typst-own santos-photo-portuguese.typ santos-typst-photo-portuguese.pdf
typ typst-own anon-candidateid.typ noname-typst-candidateid.pdf
typ typst-own raman-footername.typ raman-typst-footername.pdf

chrome oneill-jobtitle.html oneill-chromium-jobtitle.pdf
chrome ibrahim-grid.html ibrahim-chromium-grid.pdf
chrome zielinski-metadataonly.html zielinski-chromium-metadataonly.pdf
chrome ngata-templatetitle.html ngata-chromium-templatetitle.pdf

pandoc -s "$SRC/pandoc/delacruz-spanish.md" -o "$HERE/delacruz-pandoc-spanish.rtf"
pandoc "$SRC/pandoc/suharti-mononym.md" -o "$HERE/suharti-pandoc-mononym.odt"
pandoc "$SRC/pandoc/macgiollaphadraig-docx.md" -o "$HERE/macgiollaphadraig-pandoc-subtitle.docx"

(cd "$TMP" && soffice --headless --convert-to 'docx:MS Word 2007 XML' \
  "$SRC/libreoffice/schaefer-lebenslauf-fields.html" >/dev/null 2>&1 \
  && cp schaefer-lebenslauf-fields.docx "$HERE/schaefer-libreoffice-fields.docx")
