"""Fill LibreOffice's own resume templates (personal/CV.ott, personal/Resume1page.ott, MPL-2.0,
shipped with LibreOffice 7.4 in /usr/lib/libreoffice/share/template/common/personal/) the way
an applicant does: open the template, overwrite the placeholder text, save as .odt.

    python3 fill_templates.py OUTDIR    # writes orsted-cv.odt, dang-resume1page.odt, noname-resume1page.odt

build.sh then converts them with soffice (DOCX or PDF). Written for heldout4 (CC0).
"""

import sys
import zipfile
from pathlib import Path

TEMPLATES = Path("/usr/lib/libreoffice/share/template/common/personal")
ODT_MIME = b"application/vnd.oasis.opendocument.text"


def fill(template: str, out: Path, pairs: list[tuple[str, str]], bullets: list[str]) -> None:
    with zipfile.ZipFile(TEMPLATES / template) as src:
        files = {n: src.read(n) for n in src.namelist()}
    content = files["content.xml"].decode("utf-8")
    for old, new in pairs:
        assert old in content, (template, old)
        content = content.replace(old, new, 1)
    for text in bullets:  # the empty list items, in document order
        spots = [
            (content.find(e), e)
            for e in ("<text:s/></text:p></text:list-item>", "/></text:list-item>")
        ]
        i, empty = min((i, e) for i, e in spots if i >= 0)
        if empty.startswith("<text:s/>"):
            content = content[:i] + text + content[i + len("<text:s/>") :]
        else:
            content = (
                content[:i] + ">" + text + "</text:p></text:list-item>" + content[i + len(empty) :]
            )
    files["content.xml"] = content.encode("utf-8")
    files["mimetype"] = ODT_MIME
    manifest = files["META-INF/manifest.xml"].decode("utf-8")
    files["META-INF/manifest.xml"] = manifest.replace(
        "application/vnd.oasis.opendocument.text-template",
        "application/vnd.oasis.opendocument.text",
    ).encode("utf-8")
    with zipfile.ZipFile(out, "w") as dst:
        dst.writestr(zipfile.ZipInfo("mimetype"), files.pop("mimetype"), zipfile.ZIP_STORED)
        for name, data in files.items():
            dst.writestr(name, data, zipfile.ZIP_DEFLATED)


def main(outdir: Path) -> None:
    fill(
        "CV.ott",
        outdir / "orsted-cv.odt",
        [
            (">Joe Bloggs<", ">Freja Ørsted<"),
            (">42 Main Street<", ">Nørrebrogade 118, 3. tv.<"),
            (">258348 Anytown<", ">2200 København N<"),
            (">3208578573<", ">+45 31 72 90 46<"),
            (">j.bloggs@localhost.com<", ">freja.orsted@example.dk<"),
            (">15th August 1991<", ">3 March 1994<"),
            (">British<", ">Danish<"),
            (">Jun. 2008 -present<", ">Aug. 2021 - present<"),
            (
                ">Lorem ipsum dolor sit amet, consetetur sadipscing elitr, sed diam nonumy eirmod tempor invidunt<",
                ">Environmental Engineer at Rambøll Danmark A/S, Copenhagen: groundwater modelling for district heating projects<",
            ),
            (">Feb. 2004 – Nov. 2006<", ">Feb. 2019 – Jul. 2021<"),
            (
                ">At vero eos et accusam et justo duo dolores et ea rebum. Stet clita kasd gubergren, no sea takimata sanctus est Lorem ipsum dolor sit amet.<",
                ">Graduate Engineer at COWI A/S, Kongens Lyngby: water-quality monitoring and reporting for municipal clients.<",
            ),
            (">2010 - present<", ">2017 - 2019<"),
            (
                ">Msc. Lorem Ipsum at LID University of Applied Sciences<",
                ">MSc Environmental Engineering at Technical University of Denmark (DTU)<",
            ),
            (">2007 - 2010<", ">2014 - 2017<"),
            (
                ">Lorem ipsum dolor sit amet, consetetur sadipscing elitr, sed diam, 97%<",
                ">BSc Civil Engineering at Aalborg University<",
            ),
            (">2005 – 2007<", ">2011 – 2014<"),
            (">Hec prodere movens adipiscur esse<", ">Studentereksamen, Odense Katedralskole<"),
            (">LibreOffice, LaTeX, Git<", ">MIKE SHE, QGIS, Python<"),
            (">C, C++<", ">Python, R<"),
            (">English<", ">Danish<"),
            (">French<", ">English<"),
            (">Fluent (DELF 2010)<", ">Fluent (C1)<"),
            (">Japanese<", ">German<"),
        ],
        [],
    )
    fill(
        "Resume1page.ott",
        outdir / "dang-resume1page.odt",
        [
            (">Your Name<", ">Đặng Thu Hà<"),
            (">Address Line 1<", ">45 Hàng Bạc<"),
            (">Address Line 2<", ">Hà Nội, Việt Nam<"),
            (">(000) 000 000<", ">+84 912 345 678<"),
            ("<text:line-break/>(000) 000 000<text:line-break/>(000) 000 000<", "<"),
            (">you@example.com<", ">thuha.dang@example.vn<"),
            (">webpage.url<", ">in/dangthuha<"),
            (">PhD in Egg Engineering<", ">MSc in Finance<"),
            (">University of Eggington, May 2010<", ">National Economics University, June 2018<"),
            (">Cumulative GPA: 2.89<", ">GPA: 3.6/4.0<"),
            (">BS in Hamology<", ">BA in Banking<"),
            (">Hammsworth College, May 2007<", ">Banking Academy of Vietnam, June 2016<"),
            (">Cumulative GPA: 3.26<", ">GPA: 3.4/4.0<"),
            (">Egg Inspector<", ">Senior Credit Analyst<"),
            (">Eggs and Ham, Co.<", ">Vietcombank, Hanoi<"),
            (">Jan 2013 – Mar 2014 <", ">Jul 2021 – Present <"),
            (">Ham Inspector<", ">Credit Analyst<"),
            (">Ham and Eggs, Co.<", ">Techcombank, Hanoi<"),
            (">Jun 2011 – Nov 2013 <", ">Aug 2016 – Jun 2021 <"),
        ],
        [
            "Assess SME loan applications up to 50 billion VND",
            "Built the branch's early-warning dashboard in Power BI",
            "Mentor three junior analysts",
            "Prepared credit memos for corporate clients",
            "Reduced review time by 20% with standard templates",
            "Took part in the Basel II implementation",
            "Financial modelling (Excel, Python)",
            "IFRS 9",
            "Power BI",
            "Vietnamese (native), English (IELTS 7.5)",
            "CFA Level II candidate",
            "SQL",
        ],
    )
    fill(
        "Resume1page.ott",
        outdir / "noname-resume1page.odt",
        [
            (">(000) 000 000<", ">07700 900 481<"),
            ("<text:line-break/>(000) 000 000<text:line-break/>(000) 000 000<", "<"),
            (">you@example.com<", ">j.applicant.2291@example.com<"),
            (">PhD in Egg Engineering<", ">BSc in Logistics and Supply Chain Management<"),
            (">University of Eggington, May 2010<", ">Aston University, July 2019<"),
            (">Cumulative GPA: 2.89<", ">Second-class honours (upper division)<"),
            (">BS in Hamology<", ">A levels: Mathematics, Geography, Business<"),
            (">Hammsworth College, May 2007<", ">Solihull Sixth Form College, June 2015<"),
            (">Cumulative GPA: 3.26<", ">A, B, B<"),
            (">Egg Inspector<", ">Warehouse Operations Supervisor<"),
            (">Eggs and Ham, Co.<", ">DHL Supply Chain, Coventry<"),
            (">Jan 2013 – Mar 2014 <", ">Sep 2021 – Present <"),
            (">Ham Inspector<", ">Logistics Coordinator<"),
            (">Ham and Eggs, Co.<", ">Wincanton, Birmingham<"),
            (">Jun 2011 – Nov 2013 <", ">Aug 2019 – Aug 2021 <"),
        ],
        [
            "Lead a night shift of 24 pickers and loaders",
            "Cut mis-picks by 35% with a slotting review",
            "Health and safety champion for the site",
            "Planned daily routes for 40 vehicles",
            "Handled carrier claims and returns",
            "Trained new starters on the WMS",
            "SAP EWM",
            "Excel (pivot tables, Power Query)",
            "Forklift licence (counterbalance)",
            "Lean Six Sigma Yellow Belt",
            "Full UK driving licence",
            "First aid at work",
        ],
    )


if __name__ == "__main__":
    main(Path(sys.argv[1]))
