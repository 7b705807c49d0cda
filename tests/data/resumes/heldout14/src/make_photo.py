"""Write small placeholder portrait PNGs (no PIL needed): a grey silhouette on a tinted background."""
import struct, zlib, sys, os

def png(path, w=240, h=300, bg=(205, 214, 224), fg=(96, 108, 124)):
    rows = []
    cx, cy, r = w / 2, h * 0.38, w * 0.2
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            head = (x - cx) ** 2 + (y - cy) ** 2 <= r * r
            # shoulders: ellipse below the head
            sh = ((x - cx) / (w * 0.42)) ** 2 + ((y - h * 1.02) / (h * 0.4)) ** 2 <= 1
            c = fg if (head or sh) else bg
            row += bytes(c)
        rows.append(bytes(row))
    raw = b"".join(rows)
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
    data += chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(data)

if __name__ == "__main__":
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    png(os.path.join(out, "photo-a.png"))
    png(os.path.join(out, "photo-b.png"), bg=(232, 220, 205), fg=(120, 98, 80))
    png(os.path.join(out, "photo-c.png"), bg=(210, 228, 218), fg=(70, 96, 84))
