"""heldout4 (CC0): two DOCX resumes made with python-docx.

    python make_docx.py OUTDIR

wisniewski-gdocs-coral.docx imitates a Google Docs "Coral"-style resume exported as DOCX: a
small contact block first, the name in the Title style, the job title as Subtitle.
lincoln-docx-footeremail.docx puts the contact (and the only email) in the section footer.
"""

import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, RGBColor


def coral(out: Path) -> None:
    doc = Document()
    doc.core_properties.title = "Coral resume"
    for line in (
        "ul. Marszałkowska 84/92 m. 17",
        "00-514 Warszawa",
        "+48 601 555 214",
        "lukasz.wisniewski@example.pl",
    ):
        p = doc.add_paragraph()
        r = p.add_run(line)
        r.font.size = Pt(9)
        r.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
        p.paragraph_format.space_after = Pt(0)
    doc.add_paragraph("Łukasz Wiśniewski", style="Title")
    doc.add_paragraph("Backend Developer", style="Subtitle")
    doc.add_paragraph(
        "Backend developer with seven years building payment and logistics systems in Kotlin and Go."
    )
    doc.add_heading("EXPERIENCE", level=1)
    p = doc.add_paragraph()
    p.add_run("Allegro, ").bold = True
    p.add_run("Warszawa — ")
    p.add_run("Senior Backend Developer").italic = True
    doc.add_paragraph("MARCH 2022 - PRESENT")
    doc.add_paragraph("Checkout and payment services in Kotlin; 40 000 orders per minute at peak.")
    p = doc.add_paragraph()
    p.add_run("InPost, ").bold = True
    p.add_run("Kraków — ")
    p.add_run("Backend Developer").italic = True
    doc.add_paragraph("JULY 2019 - FEBRUARY 2022")
    doc.add_heading("EDUCATION", level=1)
    p = doc.add_paragraph()
    p.add_run("Politechnika Warszawska, ").bold = True
    p.add_run("Warszawa — ")
    p.add_run("MSc Computer Science").italic = True
    doc.add_paragraph("2014 - 2019")
    doc.add_heading("SKILLS", level=1)
    doc.add_paragraph("Kotlin, Go, PostgreSQL, Kafka, Kubernetes")
    doc.add_heading("LANGUAGES", level=1)
    doc.add_paragraph("Polish (native), English (C1), German (B1)")
    doc.save(out / "wisniewski-gdocs-coral.docx")


def lincoln(out: Path) -> None:
    doc = Document()
    footer = doc.sections[0].footer.paragraphs[0]
    footer.text = "Omaha, NE 68102  •  (402) 555-0128  •  georgia.lincoln@example.com"
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title = doc.add_paragraph()
    run = title.add_run("Georgia Lincoln")
    run.bold = True
    run.font.size = Pt(24)
    doc.add_paragraph("Registered Dietitian Nutritionist (RDN)")
    doc.add_heading("Experience", level=2)
    doc.add_paragraph("Clinical Dietitian — Nebraska Medicine, Omaha, NE — 2020 – Present")
    doc.add_paragraph(
        "Medical nutrition therapy for oncology and transplant patients.", style="List Bullet"
    )
    doc.add_paragraph("Outpatient Dietitian — Bryan Health, Lincoln, Nebraska — 2017 – 2020")
    doc.add_paragraph("Diabetes education groups of 12–15 patients.", style="List Bullet")
    doc.add_heading("Education", level=2)
    doc.add_paragraph("MS Nutrition and Health Sciences — University of Nebraska–Lincoln — 2017")
    doc.add_paragraph("BS Dietetics — University of Georgia, Athens, GA — 2015")
    doc.add_heading("Certifications", level=2)
    doc.add_paragraph(
        "Registered Dietitian (CDR), Certified Diabetes Care and Education Specialist"
    )
    doc.save(out / "lincoln-docx-footeremail.docx")


if __name__ == "__main__":
    target = Path(sys.argv[1])
    coral(target)
    lincoln(target)
