#!/usr/bin/python3
"""The benchmark's Python peer: what an evaluator's analyst would write instead of spbe.

It reads the indicator weights and predicate bands from the rubric YAML (PyYAML), opens each .xlsx
in a folder with openpyxl in read-only mode, takes the first worksheet whose first 30 rows hold a
header with an indicator-number column (No, Nomor, ID, Kode) and a level column (Tingkat, Level,
Nilai, Skor), and sums weight x level over the indicators, in binary floating point as such a
script would; one process per core. It prints, in file order, one line per sheet: file, the index
as Python's repr of the float, and the predicate, tab-separated; a sheet it cannot score goes to
standard error and makes it exit 1. Because of the floats, its index can only be checked against
spbe's within rounding (bench/compare.py).

Needs Debian's packages, run with Debian's own python3:
    apt-get install python3-openpyxl python3-yaml
Usage: bench/peer_openpyxl.py [--rubric rubric/spbe-2020.yaml] [--workers N] DIR
"""
import argparse
import os
import re
import sys
from concurrent.futures import ProcessPoolExecutor

import openpyxl
import yaml

ID_HEADER = re.compile(r"^\s*(no\.?|nomor|id|kode)\s*$", re.I)
LEVEL_HEADER = re.compile(r"tingkat|level|nilai|skor", re.I)

WEIGHTS = {}  # indicator number -> weight in percent, set in each worker
BANDS = []  # (lower bound, predicate name), highest first


def load_rubric(path):
    with open(path, encoding="utf-8") as f:
        doc = yaml.safe_load(f)
    weights = {}
    for domain in doc["domains"]:
        for aspect in domain["aspects"]:
            for ind in aspect["indicators"]:
                weights[int(ind["id"])] = float(ind["weight"])
    bands = sorted(((float(p["from"]), p["name"]) for p in doc["predicates"]), reverse=True)
    return weights, bands


def init(rubric_path):
    global WEIGHTS, BANDS
    WEIGHTS, BANDS = load_rubric(rubric_path)


def header(ws):
    for r, row in enumerate(ws.iter_rows(max_row=30, values_only=True), start=1):
        id_col = level_col = None
        for c, v in enumerate(row):
            if isinstance(v, str):
                if id_col is None and ID_HEADER.match(v):
                    id_col = c
                elif level_col is None and LEVEL_HEADER.search(v):
                    level_col = c
        if id_col is not None and level_col is not None:
            return r, id_col, level_col
    return None


def as_int(v):
    if isinstance(v, (int, float)) and not isinstance(v, bool) and v == int(v):
        return int(v)
    if isinstance(v, str) and v.strip().isdigit():
        return int(v.strip())
    return None


def score(path):
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        for ws in wb.worksheets:
            found = header(ws)
            if found is None:
                continue
            r, id_col, level_col = found
            levels = {}
            for row in ws.iter_rows(min_row=r + 1, values_only=True):
                if id_col >= len(row):
                    continue
                i = as_int(row[id_col])
                if i not in WEIGHTS:
                    continue
                lv = as_int(row[level_col]) if level_col < len(row) else None
                if lv is None or not 1 <= lv <= 5:
                    raise ValueError("indicator %d: level %r" % (i, row[level_col] if level_col < len(row) else None))
                levels[i] = lv
            if len(levels) != len(WEIGHTS):
                raise ValueError("%s: %d of %d indicators" % (ws.title, len(levels), len(WEIGHTS)))
            index = sum(w * levels[i] for i, w in WEIGHTS.items()) / 100
            predicate = next((name for lo, name in BANDS if index >= lo), BANDS[-1][1])
            return index, predicate
        raise ValueError("no answer table found")
    finally:
        wb.close()


def one(path):
    try:
        return score(path), None
    except Exception as e:  # a careful script reports the file and goes on
        return None, str(e)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--rubric", default="rubric/spbe-2020.yaml")
    ap.add_argument("--workers", type=int, default=os.cpu_count())
    args = ap.parse_args()
    names = sorted(n for n in os.listdir(args.dir) if n.endswith(".xlsx"))
    paths = [os.path.join(args.dir, n) for n in names]
    with ProcessPoolExecutor(args.workers, initializer=init, initargs=(args.rubric,)) as ex:
        results = list(ex.map(one, paths, chunksize=16))
    failed = False
    for name, (res, err) in zip(names, results):
        if err:
            print("%s: %s" % (name, err), file=sys.stderr)
            failed = True
        else:
            print("%s\t%r\t%s" % (name, res[0], res[1]))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
