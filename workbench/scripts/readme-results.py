#!/usr/bin/env python3
"""Prints the result tables of docs/results.md from docs/eval/<bundle>/results.csv and models/<bundle>/model.json.

readme-results.py PART [ARG]      prints one table's rows
readme-results.py --update FILE   re-renders, in FILE, the rows under every `<!-- rows: PART [ARG] -->` marker
                                  (the marker, then the table's header and separator lines, then its rows)
"""
import csv, io, json, subprocess, sys

BUNDLES = ["em-nanoparticles", "fluorescent-nuclei", "phase-contrast-cells", "street-scenes"]
PAPER = {"stage 1 without ESPA": (24.97, 0.8732), "stage 1 (ESPA)": (26.26, 0.8980),
         "stage 2, stage 1's labels, no texture": (25.28, 0.8864),
         "stage 2, ground-truth labels, no texture": (27.65, 0.9148)}
GT, OWN, EDIT = "stage 2, ground-truth labels, no texture", "stage 2, stage 1's labels, no texture", "stage 2, edited labels, no texture"
FGT, FOWN, FEDIT = "final: ground-truth labels + texture", "final: stage 1's labels + texture", "final: edited labels + texture"
TRUTH = "true image (segmentation's own mIoU)"
CA = "content-aware fill (texture stage, no labels, no guide)"
KINDS = {"centre": "centre 128x128", "freeform": "free-form, all", "scratches": "scratches 3-12 px"}

def rows(b):
    with open(f"docs/eval/{b}/results.csv") as f:
        out = {}
        for r in csv.DictReader(f):
            key = r["masks: setting"]
            masks, setting = key.split(": ", 1)
            r["n"] = masks.split("(n=")[1].rstrip(")") if "(n=" in masks else ""
            out[(masks.split(" (")[0], setting)] = r
        return out

def f(x, d=4):
    return "n/a" if x in ("", None) else f"{float(x):.{d}f}"

if sys.argv[1] == "--update":
    path = sys.argv[2]
    lines = open(path).read().split("\n")
    out, i = [], 0
    while i < len(lines):
        line = lines[i]
        out.append(line)
        i += 1
        if line.startswith("<!-- rows: "):
            args = line[len("<!-- rows: "):-len(" -->")].split()
            out += lines[i:i + 2]  # header and separator stay as written
            i += 2
            while i < len(lines) and lines[i].startswith("|"):
                i += 1
            rows_out = subprocess.run([sys.executable, sys.argv[0]] + args, capture_output=True, text=True, check=True)
            out += rows_out.stdout.rstrip("\n").split("\n")
    open(path, "w").write("\n".join(out))
    sys.exit(0)

part = sys.argv[1]
if part == "bundles":
    for b in BUNDLES:
        c = json.load(open(f"models/{b}/model.json"))
        t = c["training"]; s = t["steps"]
        print(f"| `{b}` | {c['modality']} ({t['licence']}) | {'1 channel' if c['channels'] == 1 else 'RGB'} | "
              f"{', '.join(k['name'] for k in c['classes'])} | {s.get('segment', 0)} / {s.get('inpaint', 0)} / {s.get('decode', 0)}"
              f"{' + ' + str(s['joint']) + ' joint' if 'joint' in s else ''} | "
              f"{c['formatVersion']} |")
elif part in ("summary", "freeform", "scratches"):
    c = {"summary": "centre 128x128", "freeform": "free-form, all", "scratches": "scratches 3-12 px"}[part]
    for b in BUNDLES:
        r = rows(b)
        if (c, "stage 1 (ESPA)") not in r:
            continue
        cell = lambda s: f"{f(r[(c, s)]['hole L1'])} / {f(r[(c, s)]['SSIM'], 3)}"
        truth = r.get((c, "true image (segmentation's own mIoU)"))
        def control(col):  # mIoU with GT / edited guidance (the segmentation's own on the true image)
            if col not in r[(c, FGT)]:
                return "n/a"
            ceiling = f" ({f(truth[col], 2)})" if truth else ""
            return f"{f(r[(c, FGT)][col], 2)} / {f(r[(c, FEDIT)][col], 2)}{ceiling}"
        print(f"| `{b}` | {cell(FGT)} | {cell(FOWN)} | {cell(GT)} | {cell(OWN)} | "
              f"{cell('stage 1 (ESPA)')} | {cell('OpenCV Telea')} | {cell('OpenCV Navier-Stokes')} | "
              f"{control('mIoU hole pooled')} | {control('mIoU hole')} |")
elif part == "table3":
    b = sys.argv[2] if len(sys.argv) > 2 else "em-nanoparticles"
    r = rows(b)
    for s, (pp, ps) in PAPER.items():
        k = ("centre 128x128", s)
        if k in r:
            print(f"| {s} | {f(r[k]['PSNR'], 2)} | {f(r[k]['SSIM'])} | {f(r[k]['hole L1'])} | {pp} | {ps} |")
    for s in (FOWN, FGT, "OpenCV Telea", "OpenCV Navier-Stokes", CA, "true image one hole-side away"):
        k = ("centre 128x128", s)
        if k not in r:
            continue
        print(f"| {s} | {f(r[k]['PSNR'], 2)} | {f(r[k]['SSIM'])} | {f(r[k]['hole L1'])} | | |")
elif part == "plausibility":  # centre hole L1 of real texture at the wrong place, next to the fills
    c = "centre 128x128"
    for b in BUNDLES:
        r = rows(b)
        k = (c, "true image one hole-side away")
        if k not in r:
            continue
        l1 = lambda s: f(r[(c, s)]["hole L1"])
        own = l1(OWN)
        print(f"| `{b}` | {l1('OpenCV Navier-Stokes')} | {l1(GT)} | {own} | "
              f"{l1('true image one hole-side away')} ({r[k]['n']} holes) |")
elif part == "texture":  # per mask kind: HF ratio / LF L1 / SWD of every fill
    c = KINDS[sys.argv[2]]
    for b in BUNDLES:
        r = rows(b)
        if (c, FGT) not in r:
            continue
        cell = lambda s: f"{f(r[(c, s)]['HF ratio'], 2)} / {f(r[(c, s)]['LF L1'])} / {f(r[(c, s)]['SWD'], 3)}"
        print(f"| `{b}` | {cell(FGT)} | {cell(FOWN)} | {cell(GT)} | {cell(OWN)} | {cell(CA)} | "
              f"{cell('OpenCV Telea')} | {cell('OpenCV Navier-Stokes')} |")
elif part == "grain":  # HF ratio over the whole hole and where the guidance asked for the true class
    RIGHT = "HF ratio, right class"
    for k, c in KINDS.items():
        for b in BUNDLES:
            r = rows(b)
            if (c, FGT) not in r or RIGHT not in r[(c, FGT)]:
                continue
            h = lambda s, col: f(r[(c, s)][col], 2)
            print(f"| {k} | `{b}` | {h(FGT, 'HF ratio')} / {h(FGT, RIGHT)} | {h(FOWN, 'HF ratio')} / {h(FOWN, RIGHT)} | "
                  f"{h(FEDIT, 'HF ratio')} / {h(FEDIT, RIGHT)} |")
elif part == "control":  # per-case controllability with texture and without, and the network's own on true images
    for k, c in KINDS.items():
        for b in BUNDLES:
            r = rows(b)
            if (c, FGT) not in r:
                continue
            m = lambda s: f(r[(c, s)]["mIoU hole"], 2)
            truth = m(TRUTH)
            print(f"| {k} | `{b}` | {m(FGT)} / {m(FEDIT)} | {m(GT)} / {m(EDIT)} | {truth} |")
elif part == "readme":  # the README's model table: centre hole, fine detail and structure
    c = KINDS["centre"]
    for b in BUNDLES:
        r = rows(b)
        if (c, FGT) not in r:
            continue
        v = lambda s, k, d: f(r[(c, s)][k], d)
        print(f"| `{b}` | {v(FGT, 'HF ratio', 2)} / {v(FOWN, 'HF ratio', 2)} / {v(GT, 'HF ratio', 2)} / "
              f"{v('OpenCV Telea', 'HF ratio', 2)} | **{v(FGT, 'LF L1', 4)}** / {v(FOWN, 'LF L1', 4)} / "
              f"{v('OpenCV Telea', 'LF L1', 4)} | {v(FGT, 'mIoU hole', 2)} / {v(FEDIT, 'mIoU hole', 2)} |")
