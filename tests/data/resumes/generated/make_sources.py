"""Write the source of each generated resume, and its expected JSON, from `people.py`.

Each person gets a different layout and tool, as people's real resumes differ: LaTeX
(moderncv classic and banking, a plain article, a two-column sidebar, a date-first list, a
tabular CV), Typst (four layouts), LibreOffice (HTML written here, converted to PDF and DOCX),
python-docx (three layouts) and plain text / Markdown. `build.sh` compiles the sources.

Run from anywhere: `python tests/data/resumes/generated/make_sources.py`. Needs python-docx
(for the .docx layouts) and nothing else; the compilers are only needed by build.sh.
"""

from __future__ import annotations

import html
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE))

from people import PEOPLE  # noqa: E402

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_LONG = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]


def ym(value: str, style: str, present: str = "Present") -> str:
    if value == "present":
        return present
    year, month = value.split("-")
    m = int(month)
    return {
        "short": f"{MONTHS[m - 1]} {year}",
        "long": f"{MONTHS_LONG[m - 1]} {year}",
        "numeric": f"{month}/{year}",
        "dotted": f"{month}.{year}",
        "iso": f"{year}-{month}",
        "year": year,
    }[style]


def span(e: dict, style: str, sep: str = " – ", present: str = "Present") -> str:
    return f"{ym(e['start'], style, present)}{sep}{ym(e['end'], style, present)}"


def tex(s: str) -> str:
    for a, b in (("\\", r"\textbackslash{}"), ("&", r"\&"), ("%", r"\%"), ("$", r"\$"),
                 ("#", r"\#"), ("_", r"\_"), ("{", r"\{"), ("}", r"\}"), ("~", r"\~{}")):
        s = s.replace(a, b)
    return s


def degree_text(ed: dict) -> str:
    if not ed["degree"]:
        return ed["field"]
    return f"{ed['degree']} in {ed['field']}"


# --- LaTeX ----------------------------------------------------------------------------------


def latex_moderncv(p: dict, style: str) -> str:
    first, _, last = p["name"].partition(" ")
    socials = []
    for url, _shown in p["links"]:
        if "github.com/" in url:
            socials.append(rf"\social[github]{{{url.rsplit('/', 1)[1]}}}")
        elif "linkedin.com/in/" in url:
            socials.append(rf"\social[linkedin]{{{url.rsplit('/', 1)[1]}}}")
        else:
            socials.append(rf"\homepage{{{url.split('://', 1)[1]}}}")
    exp = []
    for e in p["experience"]:
        items = "".join(rf"\item {tex(b)}" for b in e["bullets"])
        body = rf"\begin{{itemize}}{items}\end{{itemize}}" if items else ""
        exp.append(
            rf"\cventry{{{span(e, 'short', '--')}}}{{{tex(e['title'])}}}"
            rf"{{{tex(e['organisation'])}}}{{{tex(e['location'])}}}{{}}{{{body}}}"
        )
    edu = [
        rf"\cventry{{{ed['start'][:4]}--{ed['end'][:4]}}}{{{tex(degree_text(ed))}}}"
        rf"{{{tex(ed['institution'])}}}{{{tex(ed['location'])}}}{{}}{{}}"
        for ed in p["education"]
    ]
    skills = [rf"\cvitem{{{tex(k)}}}{{{tex(v)}}}" for k, v in p["skills"]]
    heading = {"classic": "Professional Experience", "banking": "Work History"}[style]
    return "\n".join([
        r"\documentclass[11pt,a4paper,sans]{moderncv}",
        rf"\moderncvstyle{{{style}}}",
        r"\moderncvcolor{blue}",
        r"\usepackage[utf8]{inputenc}",
        r"\usepackage[T1]{fontenc}",
        r"\usepackage{lmodern}",
        r"\usepackage[scale=0.8]{geometry}",
        rf"\name{{{tex(first)}}}{{{tex(last)}}}",
        rf"\address{{{tex(p['location'])}}}{{}}{{}}",
        rf"\phone[mobile]{{{tex(p['phone'])}}}",
        rf"\email{{{p['email']}}}",
        *socials,
        r"\begin{document}",
        r"\makecvtitle",
        r"\section{Summary}" if p["summary"] else "",
        rf"\cvitem{{}}{{{tex(p['summary'])}}}" if p["summary"] else "",
        rf"\section{{{heading}}}",
        *exp,
        r"\section{Education}",
        *edu,
        r"\section{Skills}",
        *skills,
        r"\end{document}",
        "",
    ])


def latex_article(p: dict) -> str:
    links = " \\quad ".join(rf"\href{{{u}}}{{{tex(s)}}}" for u, s in p["links"])
    exp = []
    for e in p["experience"]:
        items = "".join(rf"\item {tex(b)}" for b in e["bullets"])
        exp.append(
            rf"\noindent\textbf{{{tex(e['title'])}}}, {tex(e['organisation'])} \hfill "
            rf"{span(e, 'short', ' -- ')}\\" "\n"
            rf"\textit{{{tex(e['location'])}}}" "\n"
            rf"\begin{{itemize}}\itemsep0pt {items}\end{{itemize}}" "\n"
        )
    edu = [
        rf"\noindent\textbf{{{tex(ed['institution'])}}} \hfill "
        rf"{ym(ed['start'], 'short')} -- {ym(ed['end'], 'short')}\\" "\n"
        rf"{tex(degree_text(ed))}" "\n\n\\medskip\n"
        for ed in p["education"]
    ]
    skills = [rf"\noindent\textbf{{{tex(k)}:}} {tex(v)}\\" for k, v in p["skills"]]
    return "\n".join([
        r"\documentclass[10pt]{article}",
        r"\usepackage[utf8]{inputenc}",
        r"\usepackage[T1]{fontenc}",
        r"\usepackage{lmodern}",
        r"\usepackage[margin=2cm]{geometry}",
        r"\usepackage[hidelinks]{hyperref}",
        r"\usepackage{titlesec}",
        r"\titleformat{\section}{\large\bfseries\uppercase}{}{0pt}{}[\titlerule]",
        r"\pagestyle{empty}",
        r"\begin{document}",
        r"\begin{center}",
        rf"{{\LARGE\bfseries {tex(p['name'])}}}\\[4pt]",
        rf"{tex(p['location'])} \textbullet{{}} {tex(p['phone'])} \textbullet{{}} "
        rf"\href{{mailto:{p['email']}}}{{{tex(p['email'])}}}\\",
        links,
        r"\end{center}",
        r"\section*{Work Experience}",
        *exp,
        r"\section*{Education}",
        *edu,
        r"\section*{Technical Skills}",
        *skills,
        r"\end{document}",
        "",
    ])


def latex_sidebar(p: dict) -> str:
    """Deedy-like: a narrow left column (contact, education, skills) beside the main one."""
    links = "\\\\\n".join(rf"\href{{{u}}}{{{tex(s)}}}" for u, s in p["links"])
    edu = "\n".join(
        rf"\textbf{{{tex(ed['institution'])}}}\\ {tex(degree_text(ed))}\\ "
        rf"{ym(ed['start'], 'year')} -- {ym(ed['end'], 'year')}\\[6pt]"
        for ed in p["education"]
    )
    skills = "\n".join(rf"\textbf{{{tex(k)}}}\\ {tex(v)}\\[4pt]" for k, v in p["skills"])
    exp = "\n".join(
        rf"\textbf{{{tex(e['title'])}}}\\ {tex(e['organisation'])} \textbar{{}} "
        rf"{tex(e['location'])}\\ \textit{{{span(e, 'short', ' -- ')}}}"
        rf"\begin{{itemize}}\itemsep0pt "
        + "".join(rf"\item {tex(b)}" for b in e["bullets"])
        + r"\end{itemize}"
        for e in p["experience"]
    )
    pubs = "\n".join(rf"\item ``{tex(t)}.'' \textit{{Phys. Rev. B}}, 20{19 + i}."
                     for i, t in enumerate(p.get("publications", [])))
    return "\n".join([
        r"\documentclass[10pt]{article}",
        r"\usepackage[utf8]{inputenc}",
        r"\usepackage[T1]{fontenc}",
        r"\usepackage{helvet}",
        r"\renewcommand{\familydefault}{\sfdefault}",
        r"\usepackage[margin=1.5cm]{geometry}",
        r"\usepackage[hidelinks]{hyperref}",
        r"\pagestyle{empty}",
        r"\setlength{\parindent}{0pt}",
        r"\newcommand{\head}[1]{\vspace{8pt}{\large\scshape #1}\\[-4pt]\rule{\linewidth}{0.4pt}\\}",
        r"\begin{document}",
        rf"{{\Huge {tex(p['name'])}}}\\[2pt]",
        rf"{{\large {tex(p['summary'])}}}" if p["summary"] else "",
        r"\vspace{10pt}",
        "",
        r"\begin{minipage}[t]{0.30\textwidth}",
        r"\head{Contact}",
        rf"\href{{mailto:{p['email']}}}{{{tex(p['email'])}}}\\ {tex(p['phone'])}\\ "
        rf"{tex(p['location'])}\\[4pt]",
        links + r"\\",
        r"\head{Education}",
        edu,
        r"\head{Skills}",
        skills,
        r"\end{minipage}\hfill",
        r"\begin{minipage}[t]{0.64\textwidth}",
        r"\head{Research Experience}",
        exp,
        r"\head{Selected Publications}",
        r"\begin{enumerate}\itemsep0pt",
        pubs,
        r"\end{enumerate}",
        r"\end{minipage}",
        r"\end{document}",
        "",
    ])


def latex_datefirst(p: dict) -> str:
    """Dates on a line of their own above each entry, years only (an academic CV)."""
    exp = "\n".join(
        rf"{ym(e['start'], 'year')} -- {ym(e['end'], 'year', 'present')}\\" "\n"
        rf"\textbf{{{tex(e['organisation'])}}} --- {tex(e['title'])}, {tex(e['location'])}"
        r"\begin{itemize}\itemsep0pt "
        + "".join(rf"\item {tex(b)}" for b in e["bullets"])
        + r"\end{itemize}"
        for e in p["experience"]
    )
    edu = "\n".join(
        rf"{ym(ed['start'], 'year')} -- {ym(ed['end'], 'year')}\\" "\n"
        rf"\textbf{{{tex(ed['institution'])}}} --- {tex(degree_text(ed))}\\[6pt]"
        for ed in p["education"]
    )
    pubs = "\n".join(
        rf"\item Chen, M.-L., Alvarez, R. ({2020 + i}). {tex(t)}. \textit{{Neuron}}."
        for i, t in enumerate(p.get("publications", []))
    )
    links = " \\textperiodcentered{} ".join(rf"\href{{{u}}}{{{tex(s)}}}" for u, s in p["links"])
    skills = "\n".join(rf"\textbf{{{tex(k)}:}} {tex(v)}\\" for k, v in p["skills"])
    return "\n".join([
        r"\documentclass[11pt]{article}",
        r"\usepackage{fontspec}",
        r"\setmainfont{DejaVu Serif}",
        r"\usepackage[margin=2.2cm]{geometry}",
        r"\usepackage[hidelinks]{hyperref}",
        r"\setlength{\parindent}{0pt}",
        r"\pagestyle{empty}",
        r"\begin{document}",
        rf"{{\Large\bfseries {tex(p['name'])}}}\\",
        rf"{tex(p['location'])} \textperiodcentered{{}} "
        rf"\href{{mailto:{p['email']}}}{{{tex(p['email'])}}} \textperiodcentered{{}} {links}",
        r"\subsection*{Research Experience}",
        exp,
        r"\subsection*{Education}",
        edu,
        r"\subsection*{Publications}",
        r"\begin{enumerate}",
        pubs,
        r"\end{enumerate}",
        r"\subsection*{Skills}",
        skills,
        r"\end{document}",
        "",
    ])


def latex_res(p: dict) -> str:
    """A tabular CV: numeric dates in a left column, entries on the right."""
    rows = []
    for e in p["experience"]:
        rows.append(
            rf"{span(e, 'numeric', ' -- ', 'present')} & \textbf{{{tex(e['title'])}}}, "
            rf"{tex(e['organisation'])}, {tex(e['location'])}\\"
        )
        for b in e["bullets"]:
            rows.append(rf" & {tex(b)}\\")
    edu = []
    for ed in p["education"]:
        edu.append(rf"{ym(ed['start'], 'numeric')} -- {ym(ed['end'], 'numeric')} & "
                   rf"\textbf{{{tex(degree_text(ed))}}}, {tex(ed['institution'])}\\")
    pubs = "\n".join(rf"\item {tex(t)} (with A. Kaya), \textit{{working paper}}, {2021 + i}."
                     for i, t in enumerate(p.get("publications", [])))
    links = "\\\\\n".join(rf"\url{{{u}}}" for u, _ in p["links"])
    skills = "\n".join(rf"{tex(k)} & {tex(v)}\\" for k, v in p["skills"])
    return "\n".join([
        r"\documentclass[10pt]{article}",
        r"\usepackage{fontspec}",
        r"\setmainfont{Linux Libertine O}",
        r"\usepackage[margin=2cm]{geometry}",
        r"\usepackage{hyperref}",
        r"\hypersetup{hidelinks}",
        r"\usepackage{array}",
        r"\setlength{\parindent}{0pt}",
        r"\pagestyle{empty}",
        r"\begin{document}",
        r"\begin{center}",
        rf"{{\huge\scshape {tex(p['name'])}}}\\[6pt]",
        rf"{tex(p['location'])} $\diamond$ {tex(p['phone'])} $\diamond$ "
        rf"\href{{mailto:{p['email']}}}{{{tex(p['email'])}}}\\",
        links,
        r"\end{center}",
        r"\section*{EMPLOYMENT}",
        r"\begin{tabular}{@{}p{3.3cm}p{12.5cm}@{}}",
        *rows,
        r"\end{tabular}",
        r"\section*{EDUCATION}",
        r"\begin{tabular}{@{}p{3.3cm}p{12.5cm}@{}}",
        *edu,
        r"\end{tabular}",
        r"\section*{WORKING PAPERS}",
        r"\begin{itemize}",
        pubs,
        r"\end{itemize}",
        r"\section*{SKILLS}",
        r"\begin{tabular}{@{}p{3.3cm}p{12.5cm}@{}}",
        skills,
        r"\end{tabular}",
        r"\end{document}",
        "",
    ])


# --- Typst ----------------------------------------------------------------------------------


def typ(s: str) -> str:
    for a in ("\\", "#", "*", "_", "@", "$", "<", ">", "[", "]", "`"):
        s = s.replace(a, "\\" + a)
    return s


def typst_rules(p: dict) -> str:
    contact = " | ".join(
        [typ(p["location"]), typ(p["phone"]), f'#link("mailto:{p["email"]}")[{typ(p["email"])}]']
        + [f'#link("{u}")[{typ(s)}]' for u, s in p["links"]]
    )
    out = [
        '#set page(paper: "a4", margin: 1.8cm)',
        '#set text(font: "Linux Libertine", size: 10.5pt)',
        "#show heading: it => [#v(6pt) #text(size: 12pt, weight: \"bold\", upper(it.body)) "
        "#v(-6pt) #line(length: 100%) ]",
        f'#align(center)[#text(size: 22pt)[{typ(p["name"])}] \\ {contact}]',
        f"= Profile\n{typ(p['summary'])}",
        "= Experience",
    ]
    for e in p["experience"]:
        out.append(f"*{typ(e['title'])}* #h(1fr) {span(e, 'short')} \\")
        out.append(f"_{typ(e['organisation'])}_, {typ(e['location'])}")
        out.extend(f"- {typ(b)}" for b in e["bullets"])
    out.append("= Education")
    for ed in p["education"]:
        out.append(f"*{typ(ed['institution'])}* #h(1fr) {ed['start'][:4]} – {ed['end'][:4]} \\")
        out.append(typ(degree_text(ed)))
        out.append("")
    out.append("= Skills")
    out.extend(f"- *{typ(k)}:* {typ(v)}" for k, v in p["skills"])
    return "\n".join(out) + "\n"


def typst_sidebar(p: dict) -> str:
    left = [
        "#text(size: 13pt, weight: \"bold\")[Contact] \\",
        f'#link("mailto:{p["email"]}")[{typ(p["email"])}] \\',
        f"{typ(p['phone'])} \\",
        f"{typ(p['location'])}",
        "",
        "#text(size: 13pt, weight: \"bold\")[Education]",
        "",
    ]
    for ed in p["education"]:
        left.append(f"*{typ(degree_text(ed))}* \\ {typ(ed['institution'])} \\ "
                    f"{ed['start'][:4]}–{ed['end'][:4]}")
        left.append("")
    left.append("#text(size: 13pt, weight: \"bold\")[Skills]")
    left.append("")
    left.extend(f"{typ(k)}: {typ(v)} \\" for k, v in p["skills"])
    right = [
        f"#text(size: 24pt, weight: \"bold\")[{typ(p['name'])}]",
        "",
        typ(p["summary"]),
        "",
        "#text(size: 13pt, weight: \"bold\")[Employment History]",
        "",
    ]
    for e in p["experience"]:
        right.append(f"*{typ(e['title'])}*, {typ(e['organisation'])} \\ "
                     f"#emph[{span(e, 'long')} · {typ(e['location'])}]")
        right.extend(f"- {typ(b)}" for b in e["bullets"])
        right.append("")
    return "\n".join([
        '#set page(paper: "us-letter", margin: 1.5cm)',
        '#set text(font: "DejaVu Sans", size: 9.5pt)',
        "#grid(columns: (32%, 64%), column-gutter: 4%,",
        "  block(fill: luma(235), inset: 8pt, width: 100%)[",
        *left,
        "  ],",
        "  [",
        *right,
        "  ])",
        "",
    ])


def typst_datecol(p: dict) -> str:
    def rows(entries: list[tuple[str, str, list[str]]]) -> list[str]:
        out = ["#grid(columns: (2.8cm, 1fr), row-gutter: 9pt, column-gutter: 10pt,"]
        for left, right, bullets in entries:
            extra = "".join(f" \\ • {typ(b)}" for b in bullets)
            out.append(f"  [{left}], [{right}{extra}],")
        out.append(")")
        return out

    exp = [(span(e, "short", " – ", "Now"),
            f"*{typ(e['title'])}*, {typ(e['organisation'])} — {typ(e['location'])}",
            e["bullets"]) for e in p["experience"]]
    edu = [(f"{ed['start'][:4]} – {ed['end'][:4]}",
            f"*{typ(ed['institution'])}* — {typ(degree_text(ed))}", [])
           for ed in p["education"]]
    links = " · ".join(f'#link("{u}")[{typ(s)}]' for u, s in p["links"])
    return "\n".join([
        '#set page(paper: "a4", margin: (x: 2cm, y: 1.6cm))',
        '#set text(font: "Liberation Sans", size: 10pt)',
        f"#text(size: 20pt, weight: \"bold\")[{typ(p['name'])}]",
        "",
        f"{typ(p['location'])} · {typ(p['phone'])} · "
        f'#link("mailto:{p["email"]}")[{typ(p["email"])}] \\',
        links,
        "",
        "== Career",
        *rows(exp),
        "== Education",
        *rows(edu),
        "== Skills",
        *[f"*{typ(k)}* — {typ(v)} \\" for k, v in p["skills"]],
        "",
    ])


def typst_twocol(p: dict) -> str:
    out = [
        '#set page(paper: "a4", margin: 1.7cm, columns: 1)',
        '#set text(font: "DejaVu Serif", size: 10pt)',
        f"#align(right)[#text(size: 20pt)[{typ(p['name'])}] \\ {typ(p['location'])} \\ "
        f"{typ(p['phone'])} \\ "
        f'#link("mailto:{p["email"]}")[{typ(p["email"])}]'
        + "".join(f' \\ #link("{u}")[{typ(s)}]' for u, s in p["links"]) + "]",
        f"#text(style: \"italic\")[{typ(p['summary'])}]",
        "== Professional Experience",
    ]
    for e in p["experience"]:
        out.append(f"*{typ(e['organisation'])}* #h(1fr) {typ(e['location'])} \\")
        out.append(f"{typ(e['title'])} #h(1fr) {span(e, 'long', ' – ', 'Current')}")
        out.extend(f"+ {typ(b)}" for b in e["bullets"])
    out.append("== Education")
    for ed in p["education"]:
        out.append(f"*{typ(ed['institution'])}* #h(1fr) {ed['end'][:4]} \\")
        out.append(f"{typ(ed['degree'])}, {typ(ed['field'])}")
        out.append("")
    out.append("== Skills")
    out.extend(f"{typ(k)}: {typ(v)} \\" for k, v in p["skills"])
    return "\n".join(out) + "\n"


# --- HTML for LibreOffice ---------------------------------------------------------------------


def h(s: str) -> str:
    return html.escape(s)


def html_table(p: dict) -> str:
    exp = "".join(
        f"<table width='100%'><tr><td><b>{h(e['title'])}</b>, {h(e['organisation'])}</td>"
        f"<td align='right'>{span(e, 'short')}</td></tr>"
        f"<tr><td colspan='2'><i>{h(e['location'])}</i><ul>"
        + "".join(f"<li>{h(b)}</li>" for b in e["bullets"])
        + "</ul></td></tr></table>"
        for e in p["experience"]
    )
    edu = "".join(
        f"<p><b>{h(ed['institution'])}</b>, {h(ed['location'])}<br>"
        f"{h(degree_text(ed))}, {ed['start'][:4]}–{ed['end'][:4]}</p>"
        for ed in p["education"]
    )
    links = " | ".join(f"<a href='{h(u)}'>{h(s)}</a>" for u, s in p["links"])
    skills = "".join(f"<p><b>{h(k)}:</b> {h(v)}</p>" for k, v in p["skills"])
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{h(p['name'])}</title>
<style>body {{ font-family: 'Liberation Sans'; font-size: 10pt; }}
h1 {{ font-size: 20pt; margin-bottom: 0; }} h2 {{ font-size: 13pt; color: #234; }}</style>
</head><body>
<h1>{h(p['name'])}</h1>
<p>{h(p['location'])} | {h(p['phone'])} | <a href="mailto:{h(p['email'])}">{h(p['email'])}</a>
| {links}</p>
<h2>Summary</h2><p>{h(p['summary'])}</p>
<h2>Professional Experience</h2>{exp}
<h2>Education</h2>{edu}
<h2>Skills</h2>{skills}
</body></html>
"""


def html_sidebar(p: dict) -> str:
    links = "<br>".join(f"<a href='{h(u)}'>{h(s)}</a>" for u, s in p["links"])
    edu = "".join(
        f"<p><b>{h(degree_text(ed))}</b><br>{h(ed['institution'])}<br>"
        f"{ym(ed['start'], 'numeric')} – {ym(ed['end'], 'numeric')}</p>"
        for ed in p["education"]
    )
    exp = "".join(
        f"<h3>{h(e['organisation'])}</h3><p><b>{h(e['title'])}</b><br>"
        f"{span(e, 'numeric', ' – ', 'present')}, {h(e['location'])}</p><ul>"
        + "".join(f"<li>{h(b)}</li>" for b in e["bullets"]) + "</ul>"
        for e in p["experience"]
    )
    skills = "".join(f"<p>{h(v)}</p>" for _, v in p["skills"])
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>CV</title>
<style>body {{ font-family: 'DejaVu Sans'; font-size: 9pt; }}
td {{ vertical-align: top; }} h3 {{ font-size: 10pt; margin: 4pt 0 0 0; }}</style>
</head><body>
<table width="100%" cellpadding="8"><tr>
<td width="30%" bgcolor="#e8eef4">
<p><font size="5"><b>{h(p['name'])}</b></font></p>
<p><b>CONTACT</b><br><a href="mailto:{h(p['email'])}">{h(p['email'])}</a><br>{h(p['phone'])}<br>
{h(p['location'])}<br>{links}</p>
<p><b>EDUCATION</b></p>{edu}
<p><b>SKILLS</b></p>{skills}
</td>
<td width="70%">
<p><b>PROFILE</b></p><p>{h(p['summary'])}</p>
<p><b>WORK HISTORY</b></p>{exp}
</td></tr></table>
</body></html>
"""


def html_simple(p: dict) -> str:
    links = " · ".join(f"<a href='{h(u)}'>{h(s)}</a>" for u, s in p["links"])
    exp = "".join(
        f"<p><b>{h(e['organisation'])}</b> — {h(e['title'])}<br>"
        f"{span(e, 'long')} · {h(e['location'])}</p><ul>"
        + "".join(f"<li>{h(b)}</li>" for b in e["bullets"]) + "</ul>"
        for e in p["experience"]
    )
    edu = "".join(
        f"<p><b>{h(ed['degree'])} in {h(ed['field'])}</b> — {h(ed['institution'])} "
        f"({ed['start'][:4]}–{ed['end'][:4]})</p>"
        for ed in p["education"]
    )
    skills = "".join(f"<p><b>{h(k)}</b>: {h(v)}</p>" for k, v in p["skills"])
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Resume</title></head><body>
<h1>{h(p['name'])}</h1>
<p><a href="mailto:{h(p['email'])}">{h(p['email'])}</a> · {h(p['phone'])} · {h(p['location'])}</p>
<p>{links}</p>
<h2>About me</h2><p>{h(p['summary'])}</p>
<h2>Work History</h2>{exp}
<h2>Education</h2>{edu}
<h2>Skills</h2>{skills}
</body></html>
"""


# --- python-docx ------------------------------------------------------------------------------


def _docx_hyperlink(paragraph, url: str, text: str) -> None:  # type: ignore[no-untyped-def]
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    r_id = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = text
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def docx_tables(p: dict, path: pathlib.Path) -> None:
    import docx

    d = docx.Document()
    d.add_heading(p["name"], level=0)
    para = d.add_paragraph(f"{p['email']} | {p['phone']} | {p['location']} | ")
    for u, s in p["links"]:
        _docx_hyperlink(para, u, s)
    d.add_heading("Summary", level=1)
    d.add_paragraph(p["summary"])
    d.add_heading("Experience", level=1)
    table = d.add_table(rows=1, cols=3)
    table.style = "Light Grid Accent 1"
    for cell, text in zip(table.rows[0].cells, ["Role", "Company", "Dates"], strict=True):
        cell.text = text
    for e in p["experience"]:
        row = table.add_row().cells
        row[0].text = e["title"]
        row[1].text = f"{e['organisation']}, {e['location']}"
        row[2].text = span(e, "iso", " – ", "present")
    d.add_heading("Education", level=1)
    for ed in p["education"]:
        d.add_paragraph(f"{degree_text(ed)}, {ed['institution']}, "
                        f"{ed['start'][:4]}–{ed['end'][:4]}")
    d.add_heading("Skills", level=1)
    for k, v in p["skills"]:
        d.add_paragraph(f"{k}: {v}")
    d.save(str(path))


def docx_header(p: dict, path: pathlib.Path) -> None:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    header = d.sections[0].header
    header.paragraphs[0].text = p["name"]
    header.paragraphs[0].runs[0].font.size = Pt(18)
    contact = header.add_paragraph(f"{p['location']} · {p['phone']} · {p['email']} · ")
    for u, s in p["links"]:
        _docx_hyperlink(contact, u, s)
    d.add_heading("Profile", level=1)
    d.add_paragraph(p["summary"])
    d.add_heading("Career History", level=1)
    for e in p["experience"]:
        d.add_paragraph().add_run(
            f"{e['title']} — {e['organisation']} ({span(e, 'short')})").bold = True
        for b in e["bullets"]:
            d.add_paragraph(b, style="List Bullet")
    d.add_heading("Qualifications", level=1)
    for ed in p["education"]:
        d.add_paragraph(f"{ed['degree']} in {ed['field']}, {ed['institution']} "
                        f"({ed['start'][:4]} – {ed['end'][:4]})")
    d.add_heading("Skills", level=1)
    for k, v in p["skills"]:
        d.add_paragraph(f"{k}: {v}")
    d.save(str(path))


def docx_plain(p: dict, path: pathlib.Path) -> None:
    import docx

    d = docx.Document()
    title = d.add_paragraph()
    title.add_run(p["name"].upper()).bold = True
    contact = d.add_paragraph(f"{p['email']}\t{p['phone']}\t{p['location']}\n")
    for u, s in p["links"]:
        _docx_hyperlink(contact, u, s)
    d.add_paragraph("SUMMARY").runs[0].bold = True
    d.add_paragraph(p["summary"])
    d.add_paragraph("EXPERIENCE").runs[0].bold = True
    for e in p["experience"]:
        d.add_paragraph(f"{e['title']}\t{span(e, 'short')}")
        d.add_paragraph(f"{e['organisation']}, {e['location']}")
        for b in e["bullets"]:
            d.add_paragraph(b, style="List Bullet")
    d.add_paragraph("EDUCATION").runs[0].bold = True
    for ed in p["education"]:
        d.add_paragraph(f"{ed['institution']}\t{ed['start'][:4]} – {ed['end'][:4]}")
        d.add_paragraph(f"{ed['degree']}, {ed['field']}")
    d.add_paragraph("SKILLS").runs[0].bold = True
    for _k, v in p["skills"]:
        d.add_paragraph(v)
    d.save(str(path))


# --- plain text -------------------------------------------------------------------------------


def shown_link(u: str, s: str) -> str:
    # In plain text only what is written survives; people write the address.
    return s if "." in s else u


def text_plain(p: dict) -> str:
    out = [p["name"], f"{p['location']} | {p['phone']} | {p['email']}",
           " | ".join(shown_link(u, s) for u, s in p["links"]), "", "SUMMARY", p["summary"], "",
           "EXPERIENCE"]
    for e in p["experience"]:
        left = f"{e['title']}, {e['organisation']}, {e['location']}"
        out.append(f"{left:<60}{span(e, 'short', ' - ')}")
        out.extend(f"  * {b}" for b in e["bullets"])
        out.append("")
    out.append("EDUCATION")
    for ed in p["education"]:
        left = f"{ed['institution']} - {degree_text(ed)}"
        out.append(f"{left:<60}{ed['start'][:4]} - {ed['end'][:4]}")
    out += ["", "SKILLS"] + [v for _, v in p["skills"]]
    return "\n".join(out) + "\n"


def text_caps(p: dict) -> str:
    out = [p["name"].upper(), f"Email: {p['email']}", f"Phone: {p['phone']}",
           f"Address: {p['location']}", "", "PROFESSIONAL SUMMARY", p["summary"], "",
           "EMPLOYMENT HISTORY", ""]
    for e in p["experience"]:
        out.append(f"{span(e, 'numeric', ' - ')}")
        out.append(f"{e['title'].upper()} - {e['organisation']}, {e['location']}")
        out.extend(f"- {b}" for b in e["bullets"])
        out.append("")
    out += ["EDUCATION", ""]
    for ed in p["education"]:
        out.append(f"{ym(ed['start'], 'numeric')} - {ym(ed['end'], 'numeric')}")
        out.append(f"{degree_text(ed)}, {ed['institution']}")
        out.append("")
    out += ["SKILLS", ""] + [f"{k}: {v}" for k, v in p["skills"]]
    return "\n".join(out) + "\n"


def text_markdown(p: dict) -> str:
    out = [f"# {p['name']}", "",
           f"{p['email']} · {p['phone']} · {p['location']} · "
           + " · ".join(f"[{s}]({u})" for u, s in p["links"]), "", p["summary"], "",
           "## Experience", ""]
    for e in p["experience"]:
        out.append(f"### {e['title']} — {e['organisation']}")
        out.append(f"*{span(e, 'short', ' – ', 'present')}* · {e['location']}")
        out.append("")
        out.extend(f"- {b}" for b in e["bullets"])
        out.append("")
    out += ["## Education", ""]
    for ed in p["education"]:
        out.append(f"- **{ed['institution']}** — {degree_text(ed)} "
                   f"({ed['start'][:4]}–{ed['end'][:4]})")
    out += ["", "## Skills", ""] + [f"- {k}: {v}" for k, v in p["skills"]]
    return "\n".join(out) + "\n"


def text_noheadings(p: dict) -> str:
    e0, e1 = p["experience"]
    ed = p["education"][0]
    return "\n".join([
        p["name"],
        f"{p['email']}, {p['phone']}",
        p["location"],
        "",
        "Civil engineer with ten years in structural design of metro stations and bridges.",
        "I have taught myself Python and some machine learning on evenings.",
        "",
        f"{e1['title']}, {e1['organisation']}, {e1['location']} "
        f"({ym(e1['start'], 'long')} - present)",
        "Design lead for elevated metro viaducts; finite element models in ETABS and Python.",
        "",
        f"{e0['title']}, {e0['organisation']}, {e0['location']} "
        f"({ym(e0['start'], 'long')} - {ym(e0['end'], 'long')})",
        "Steel and concrete design for industrial structures.",
        "",
        f"{ed['degree']} in {ed['field']}, {ed['institution']}, "
        f"{ed['start'][:4]}-{ed['end'][:4]}",
        "",
    ])


# --- plan -------------------------------------------------------------------------------------

# person id -> (renderer, source suffix, outputs, experience date granularity)
PLAN = {
    "alund-latex-moderncv": ("moderncv-classic", ".tex", [".pdf"], "month"),
    "wrobel-latex-article": ("article", ".tex", [".pdf"], "month"),
    "raghunathan-latex-sidebar": ("sidebar", ".tex", [".pdf"], "month"),
    "okafor-libreoffice-table-pdf": ("html-table", ".html", [".pdf", ".docx"], "month"),
    "ferreira-libreoffice-docx": ("html-simple", ".html", [".docx"], "month"),
    "watanabe-typst-rules": ("typst-rules", ".typ", [".pdf"], "month"),
    "nibhriain-typst-sidebar": ("typst-sidebar", ".typ", [".pdf"], "month"),
    "ivanov-docx-tables": ("docx-tables", ".py", [".docx"], "month"),
    "alsayed-docx-header": ("docx-header", ".py", [".docx"], "month"),
    "johnson-text-plain": ("text-plain", ".txt", [], "month"),
    "nguyen-text-caps": ("text-caps", ".txt", [], "month"),
    "garcia-text-markdown": ("text-markdown", ".md", [], "month"),
    "schmidt-latex-banking": ("moderncv-banking", ".tex", [".pdf"], "month"),
    "adeyemi-typst-datecol": ("typst-datecol", ".typ", [".pdf"], "month"),
    "chen-latex-datefirst": ("datefirst", ".tex", [".pdf"], "year"),
    "mehta-text-noheadings": ("text-noheadings", ".txt", [], "month"),
    "rossi-typst-twocol": ("typst-twocol", ".typ", [".pdf"], "month"),
    "herrera-libreoffice-sidebar-pdf": ("html-sidebar", ".html", [".pdf"], "month"),
    "nwosu-docx-plain": ("docx-plain", ".py", [".docx"], "month"),
    "yilmaz-latex-res": ("res", ".tex", [".pdf"], "month"),
}

TEXT_RENDERERS = {
    "moderncv-classic": lambda p: latex_moderncv(p, "classic"),
    "moderncv-banking": lambda p: latex_moderncv(p, "banking"),
    "article": latex_article,
    "sidebar": latex_sidebar,
    "datefirst": latex_datefirst,
    "res": latex_res,
    "typst-rules": typst_rules,
    "typst-sidebar": typst_sidebar,
    "typst-datecol": typst_datecol,
    "typst-twocol": typst_twocol,
    "html-table": html_table,
    "html-sidebar": html_sidebar,
    "html-simple": html_simple,
    "text-plain": text_plain,
    "text-caps": text_caps,
    "text-markdown": text_markdown,
    "text-noheadings": text_noheadings,
}
DOCX_RENDERERS = {"docx-tables": docx_tables, "docx-header": docx_header,
                  "docx-plain": docx_plain}


def expected(p: dict, granularity: str, file: str, renderer: str) -> dict:
    def date(v: str) -> str:
        if v == "present":
            return "present"
        return v[:4] if granularity == "year" else v

    return {
        "file": file,
        "made_with": renderer,
        "kind": "resume",
        "name": p["name"],
        "emails": [p["email"]],
        "phones": [p["phone"]] if p["phone"] else [],
        "links": [u for u, _ in p["links"]],
        "location": p["location"],
        "education": [
            {"institution": ed["institution"], "degree": ed["degree"], "field": ed["field"],
             "start_year": int(ed["start"][:4]), "end_year": int(ed["end"][:4])}
            for ed in p["education"]
        ],
        "experience": [
            {"title": e["title"], "organisation": e["organisation"], "start": date(e["start"]),
             "end": date(e["end"]), "internship": bool(e.get("internship"))}
            for e in p["experience"]
        ],
        "publications": len(p.get("publications", [])),
    }


def main() -> None:
    for p in PEOPLE:
        renderer, suffix, outputs, granularity = PLAN[p["id"]]
        base = HERE / p["id"]
        if renderer in TEXT_RENDERERS:
            base.with_suffix(suffix).write_text(TEXT_RENDERERS[renderer](p), encoding="utf-8")
        else:
            # The python-docx layouts have no separate source: this script and people.py are
            # it. Build the .docx here.
            DOCX_RENDERERS[renderer](p, base.with_suffix(".docx"))
        files = outputs if outputs else [suffix]
        for ext in files:
            target = base.with_suffix(ext)
            exp = expected(p, granularity, target.name, renderer)
            target.with_name(target.name + ".expected.json").write_text(
                json.dumps(exp, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
            )


if __name__ == "__main__":
    main()
