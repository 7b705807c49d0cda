"""Write a small placeholder 'portrait' PNG (grey head-and-shoulders silhouette) without PIL."""
import struct, zlib, math

def make_png(path, w=240, h=300, bg=(214, 220, 228), fg=(120, 130, 145)):
    rows = []
    cx, cy, r = w / 2, h * 0.38, w * 0.22
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            head = (x - cx) ** 2 + (y - cy) ** 2 <= r * r
            sh = y > h * 0.66 and ((x - cx) / (w * 0.45)) ** 2 + ((y - h * 1.05) / (h * 0.4)) ** 2 <= 1
            row += bytes(fg if (head or sh) else bg)
        rows.append(bytes(row))
    raw = b"".join(rows)
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(png)

if __name__ == "__main__":
    import sys
    make_png(sys.argv[1])
