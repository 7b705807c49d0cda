"""Write the expected JSON of the corpus resumes (hand-checked against each PDF).

rendercv: the fields of the YAML each PDF was rendered from (upstream `labels.json`), plus the
three contact links the YAML lists (website, LinkedIn and GitHub usernames) and the four
research internships marked as internships. awesome-cv: read off the PDFs by hand (the
upstream labels stop at the contact block); "Undergraduate Research" roles and trainee
programmes count as internships (student work), the cover letter is not a resume.
"""

import json
import pathlib

HERE = pathlib.Path(__file__).parent
UP = json.loads((HERE / "labels.upstream.json").read_text())["labels"]


def dump(path: str, data: dict) -> None:
    (HERE / (path + ".expected.json")).write_text(
        json.dumps({"file": pathlib.Path(path).name, **data}, indent=1, ensure_ascii=False)
        + "\n", encoding="utf-8")


for key, lab in UP.items():
    if not key.startswith("rendercv/"):
        continue
    dump(key, {
        "made_with": "rendercv (Typst), theme " + key.split("_")[2].replace("Theme", ""),
        "kind": "resume",
        "name": lab["name"],
        "emails": lab["emails"],
        "phones": [],
        "links": ["https://rendercv.com", "https://linkedin.com/in/rendercv",
                  "https://github.com/rendercv"],
        "location": lab["location"],
        "education": [
            {"institution": e["institution"], "degree": e["degree"], "field": e["area"],
             "start_year": int(e["start"][:4]), "end_year": int(e["end"][:4])}
            for e in lab["education"]],
        "experience": [
            {"title": e["position"], "organisation": e["company"], "start": e["start"],
             "end": e["end"], "internship": "Intern" in e["position"]}
            for e in lab["experience"]],
        "publications": 4,
    })

CONTACT = {
    "emails": ["posquit0.bj@gmail.com"],
    "phones": ["(+82) 10-9030-1843"],
    "links": ["https://www.posquit0.com", "https://github.com/posquit0",
              "https://www.linkedin.com/in/posquit0"],
    "location": "Mapo-gu, Seoul, Republic of Korea",
}
EDU = [{"institution": "POSTECH(Pohang University of Science and Technology)",
        "degree": "B.S.", "field": "Computer Science and Engineering",
        "start_year": 2010, "end_year": 2017}]


def job(title, org, start, end, internship=False):
    return {"title": title, "organisation": org, "start": start, "end": end,
            "internship": internship}


SHARED_TAIL = [
    job("Site Reliability Engineer", "Danggeun Market Inc.", "2021-02", "2021-03"),
    job("Founding Member & Director of Infrastructure Division", "Kasa", "2018-06", "2021-01"),
    job("Software Architect", "Omnious. Co., Ltd.", "2017-06", "2018-05"),
    job("Co-founder & Software Engineer", "PLAT Corp.", "2016-01", "2017-06"),
]
dump("awesome-cv/resume.pdf", {
    "made_with": "Awesome-CV (XeLaTeX), resume.tex", "kind": "resume",
    "name": "Byungjin Park", **CONTACT, "education": EDU,
    "experience": [
        job("DevOps Engineer", "Dunamu Inc.", "2023-09", "2024-03"),
        job("Founding Member & Site Reliability Engineer & Infrastructure Team Lead",
            "Danggeun Pay Inc. (KarrotPay)", "2021-03", "2023-06"),
        *SHARED_TAIL,
        job("Software Engineer & Security Researcher (Compulsory Military Service)",
            "R.O.K Cyber Command, MND", "2014-08", "2016-04"),
        job("Software Engineer", "ShitOne Corp.", "2011-12", "2012-02"),
    ],
    "publications": 0,
})
dump("awesome-cv/cv.pdf", {
    "made_with": "Awesome-CV (XeLaTeX), cv.tex", "kind": "resume",
    "name": "Claud D. Park", **CONTACT, "education": EDU,
    "experience": [
        job("Founding Member & Site Reliability Engineer & Infrastructure Team Lead",
            "Danggeun Pay Inc. (KarrotPay)", "2021-03", "present"),
        *SHARED_TAIL,
        job("Researcher", "Undergraduate Research, Machine Learning Lab(Prof. Seungjin Choi)",
            "2016-03", "2017-06", True),
        job("Software Engineer & Security Researcher (Compulsory Military Service)",
            "R.O.K Cyber Command, MND", "2014-08", "2016-04"),
        job("Game Developer Intern at Global Internship Program", "NEXON", "2013-01",
            "2013-02", True),
        job("Researcher for <Detecting video’s torrents using image similarity algorithms>",
            "Undergraduate Research, Computer Vision Lab(Prof. Bohyung Han)", "2012-09",
            "2013-02", True),
        job("Software Engineer Trainee",
            "Software Maestro (funded by Korea Ministry of Knowledge and Economy)", "2012-07",
            "2013-06", True),
        job("Software Engineer", "ShitOne Corp.", "2011-12", "2012-02"),
        job("Freelance Penetration Tester", "SAMSUNG Electronics", "2011-03", "2011-10"),
    ],
    "publications": 0,
})
dump("awesome-cv/coverletter.pdf", {
    "made_with": "Awesome-CV (XeLaTeX), coverletter.tex", "kind": "not_resume",
    "name": "Claud D. Park", **CONTACT, "location": None, "education": [], "experience": [],
    "publications": 0,
})
