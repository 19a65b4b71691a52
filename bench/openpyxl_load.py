"""The peer of Shinrai's workbook import in bench/workbooks: loads every .xlsx in a folder with openpyxl.

For each file: openpyxl.load_workbook(path, data_only=False), which parses every sheet, then every cell value
of the input sheet 入力 is read. One untimed pass over all files to warm up, then one timed pass.
Usage: openpyxl_load.py <folder>
"""
import sys
import time
import warnings
from pathlib import Path

import openpyxl

INPUT_SHEET = "入力"


def load_all(files):
    """Loads each file and reads its input sheet; returns how many cells hold a value."""
    values = 0
    for path in files:
        workbook = openpyxl.load_workbook(path, data_only=False)
        for row in workbook[INPUT_SHEET].iter_rows(values_only=True):
            values += sum(value is not None for value in row)
    return values


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: openpyxl_load.py <folder>")
    files = sorted(Path(sys.argv[1]).glob("*.xlsx"))
    if not files:
        sys.exit(f"no .xlsx files in {sys.argv[1]}")
    # Apache POI writes no default cell style; openpyxl applies its own and warns
    warnings.filterwarnings("ignore", "Workbook contains no default style", UserWarning)

    load_all(files)
    start = time.perf_counter()
    values = load_all(files)
    seconds = time.perf_counter() - start
    print(f"load {len(files)} files in {seconds:.2f} s: {len(files) / seconds:.1f} files/s")
    print(f"values {values} cells with a value read from {INPUT_SHEET} in the timed pass")


if __name__ == "__main__":
    main()
