"""heldout4 (CC0): turn a page bitmap into a 'scan': grey, rotated 0.4 degrees, a little blur
and noise, a darker left edge.  python make_scan.py IN.png OUT.jpg  (needs Pillow)."""

import random
import sys

from PIL import Image, ImageFilter

img = Image.open(sys.argv[1]).convert("L")
img = img.rotate(0.4, resample=Image.BICUBIC, expand=False, fillcolor=255)
img = img.filter(ImageFilter.GaussianBlur(0.6))
rng = random.Random(11)
px = img.load()
w, h = img.size
for y in range(h):
    for x in range(w):
        v = px[x, y] * 0.88 + 14 + rng.gauss(0, 9)
        if x < 40:
            v -= (40 - x) * 2
        px[x, y] = max(0, min(255, int(v)))
img.save(sys.argv[2], quality=60, optimize=True)
