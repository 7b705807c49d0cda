"""Writes robots-heldout9: run from this folder with any Python 3 that has python-docx."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import write_robots, write_robots2, write_robots3, write_robots4, write_people

HERE = os.path.dirname(os.path.abspath(__file__))
labels = {"robot": [], "human": []}
for kind, items in (("robot", write_robots.OUT), ("human", write_people.OUT)):
    for rel, data in items:
        p = os.path.join(HERE, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as f:
            f.write(data)
        labels[kind].append("robots-heldout9/" + rel)
with open(os.path.join(HERE, "labels.json"), "w") as f:
    json.dump(labels, f, indent=1, ensure_ascii=False)
    f.write("\n")
print(len(labels["robot"]), "robots,", len(labels["human"]), "people")
