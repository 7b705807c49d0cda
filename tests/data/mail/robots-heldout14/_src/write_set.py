"""Regenerate robots-heldout14 .eml files (standard library only; attachments from make_attachments.py)."""
import robots, robots2, people
for f in robots.ALL + robots2.ALL + people.ALL:
    f()
print("written", len(robots.ALL) + len(robots2.ALL), "robots,", len(people.ALL), "people")
