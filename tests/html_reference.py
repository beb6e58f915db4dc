#!/usr/bin/env python3
"""The HTML reference (`xenabi html`) in a real headless browser.

Debian's chromium loads the index, the search (index.html#q=...), a
header's page and several record pages (a small struct, one with unions
chosen by a flag, one page-sized record whose map folds, one with
bit-fields): no page may log anything to the console (a script error or a
missing file does), and each record's byte maps, as the browser built the
DOM, must account for every byte of the record on every profile.  The
browser's screenshots of three records are kept (--shots DIR) and checked:
valid PNGs of the window's size that are not blank (many colours, a fair
share of non-white pixels).  A page with a deliberate script error must be
caught, so the console check can fail.

Needs chromium (gen/install-deps.sh test): missing, the test fails.
"""
import argparse
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
WINDOW = (1400, 1000)
RECORDS = ["struct xen_memory_reservation", "struct gnttab_copy", "struct buffered_iopage", "struct buf_ioreq",
           "struct vcpu_guest_context"]
SHOTS = ["struct xen_memory_reservation", "struct gnttab_copy", "struct buf_ioreq"]


def browser(*args):
    exe = shutil.which("chromium")
    with tempfile.TemporaryDirectory(prefix="xenabi-chromium-") as profile:
        r = subprocess.run([exe, "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                            f"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0",
                            f"--window-size={WINDOW[0]},{WINDOW[1]}", *args], capture_output=True, text=True,
                           timeout=120)
    console = [line for line in r.stderr.splitlines() if ":CONSOLE" in line]
    return r, console


def png_pixels(path):
    """(width, height, [(r, g, b)]) of an 8-bit RGB or RGBA PNG."""
    with open(path, "rb") as fh:
        data = fh.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    pos, idat, width = 8, b"", None
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            if depth != 8 or colour not in (2, 6):
                raise ValueError(f"PNG colour type {colour}, depth {depth}")
            bpp = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + n
    raw, stride, out, prev = zlib.decompress(idat), width * bpp, [], bytearray(width * bpp)
    for y in range(height):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], (prev[i - bpp] if i >= bpp else 0)
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        out += [tuple(line[i:i + 3]) for i in range(0, stride, bpp)]
        prev = line
    return width, height, out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shots", required=True, help="the folder to keep the screenshots in")
    a = ap.parse_args()
    if not shutil.which("chromium"):
        print("FAIL: chromium is missing (gen/install-deps.sh test)")
        return 1
    sys.path.insert(0, os.path.join(ROOT, "gen"))
    from xenabi.emit_html import slug
    problems = []
    with tempfile.TemporaryDirectory(prefix="xenabi-html-") as tmp:
        site = os.path.join(tmp, "site")
        r = subprocess.run([sys.executable, "-m", "xenabi", "--root", ROOT, "html", "--out", site],
                           capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=os.path.join(ROOT, "gen")))
        if r.returncode != 0:
            print(f"FAIL: xenabi html:\n{r.stdout}{r.stderr}")
            return 1
        print(r.stdout.strip())
        url = "file://" + site + "/"
        # the console check can fail
        with open(os.path.join(site, "broken.html"), "w") as fh:
            fh.write('<!DOCTYPE html><html><body><script>no_such_function();</script></body></html>')
        _, console = browser("--dump-dom", url + "broken.html")
        if not console:
            problems.append("a page with a script error logged nothing: the console check cannot fail")
        pages = ["index.html", "h/memory.h.html", "h/constants.html"] + [f"r/{slug(k)}.html" for k in RECORDS]
        for page in pages:
            r, console = browser("--dump-dom", url + page)
            dom = r.stdout
            if r.returncode != 0 or "</html>" not in dom:
                problems.append(f"{page}: the browser did not load it ({r.returncode})")
                continue
            problems += [f"{page}: console: {line.split('CONSOLE', 1)[1][:200]}" for line in console]
            if page.startswith("r/"):
                maps = re.findall(r'<table class="map" data-size="(\d+)">(.*?)</table>', dom, re.S)
                if len(maps) != 6:
                    problems.append(f"{page}: {len(maps)} byte maps (one per profile expected)")
                for size, body in maps:
                    cells = len(re.findall(r'title="byte \d+', body))
                    folded = sum(int(n) for n in re.findall(r"(?:&#8942;|\u22ee) (\d+) more bytes", body))
                    if cells + folded != int(size):
                        problems.append(f"{page}: a map shows {cells} bytes and folds {folded}, of {size}")
            if page == "r/struct-buf_ioreq.html":
                # its byte 1 holds four bit-fields: the map names them all
                byte1 = re.findall(r'title="byte 1: ([^"]*)"', dom)
                if len(byte1) != 6 or not all(all(f"{m} (bit" in t for m in ("pad", "dir", "size", "addr"))
                                              for t in byte1):
                    problems.append(f"{page}: byte 1 (four bit-fields) reads {byte1[:1]}")
            print(f"{page}: loaded, {len(console)} console messages")
        r, console = browser("--dump-dom", url + "index.html#q=memory_reservation")
        if "r/struct-xen_memory_reservation.html" not in r.stdout.split('id="results"', 1)[-1]:
            problems.append("the search for memory_reservation does not list struct xen_memory_reservation")
        else:
            print("index.html#q=memory_reservation: the search lists struct xen_memory_reservation")
        problems += [f"search: console: {line[:200]}" for line in console]
        os.makedirs(a.shots, exist_ok=True)
        for key in SHOTS:
            shot = os.path.abspath(os.path.join(a.shots, slug(key) + ".png"))
            r, console = browser(f"--screenshot={shot}", url + f"r/{slug(key)}.html")
            try:
                w, h, pixels = png_pixels(shot)
            except (OSError, ValueError) as e:
                problems.append(f"{key}: no usable screenshot ({e})")
                continue
            colours = len(set(pixels))
            inked = sum(1 for p in pixels if p != (255, 255, 255)) / len(pixels)
            ok = (w, h) == WINDOW and colours > 50 and inked > 0.05
            if not ok:
                problems.append(f"{key}: screenshot {w}x{h}, {colours} colours, {inked:.0%} not white")
            print(f"screenshot {shot}: {w}x{h}, {colours} colours, {inked:.0%} of pixels not white")
    for p in problems:
        print(f"FAIL: {p}")
    print("FAIL" if problems else "OK: the reference loads cleanly in chromium, maps complete, screenshots kept")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
