"""Tiny placeholder 'passport photo' PNG (grey head-and-shoulders silhouette), pure Python."""
import struct, zlib


def make_png(path, w=150, h=190, bg=(214, 220, 226), fg=(120, 132, 146)):
    rows = []
    cx, cy, r = w / 2, h * 0.38, w * 0.2
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            inside_head = (x - cx) ** 2 + (y - cy) ** 2 <= r * r
            # shoulders: ellipse below the head
            ex, ey = w * 0.42, h * 0.30
            inside_body = y > h * 0.62 and ((x - cx) / ex) ** 2 + ((y - h * 1.02) / ey) ** 2 <= 1
            row += bytes(fg if (inside_head or inside_body) else bg)
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
