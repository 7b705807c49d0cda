# -*- coding: utf-8 -*-
"""Write robots-heldout12: labels.json first, then the .eml files. Run with the project's venv
python (python-docx, playwright) from this folder: ../../../../../.venv/bin/python make.py"""
import os, sys, json, shutil
HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import docs
docs.build()
import robots1, robots2, robots3, people1, people2

items = robots1.OUT + robots2.OUT + robots3.OUT + people1.OUT + people2.OUT
paths = [p for p, _ in items]
assert len(paths) == len(set(paths)), 'duplicate path'
labels = {'robot': sorted('robots-heldout12/' + p for p in paths if p.startswith('written-robots/')),
          'human': sorted('robots-heldout12/' + p for p in paths if p.startswith('people/'))}
with open(os.path.join(SET, 'labels.json'), 'w') as f:
    json.dump(labels, f, indent=1, ensure_ascii=False)
    f.write('\n')
for p, content in items:
    full = os.path.join(SET, p)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'w', encoding='utf-8', newline='\n') as f:
        f.write(content)
shutil.rmtree(docs.OUTDIR)
print(len(labels['robot']), 'robots,', len(labels['human']), 'people')
