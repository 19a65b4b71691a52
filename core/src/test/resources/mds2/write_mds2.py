#!/usr/bin/env python3
"""Writes an MDS2 2019 workbook in NEMA's layout with openpyxl, as a tool other than Shinrai would.

Usage: write_mds2.py OUT.xlsx PLAN.json

PLAN.json says what to write:
  {"sheet": "MDS2",
   "sections": [{"code": "DOC", "title": "...",
                 "rows": [{"id": "DOC-1", "question": "...", "answer": "Acme", "notes": "Note 1"}]}],
   "notes": [{"number": 1, "text": "..."}]}
An answer or notes value is written as given: a string as text, a number as a number, {"date": "2024-05-01"} as
a date cell; null leaves the cell empty. Answer cells of rows with "list": true get a Yes/No/N/A/See Notes list.
"""
import datetime
import json
import sys

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

TITLE = "Manufacturer Disclosure Statement for Medical Device Security – MDS2"
HEADERS = ["Question ID", "Question", "Answer", "Note #"]
HEADING = PatternFill("solid", fgColor="D9D9D9")


def cell_value(value):
    if isinstance(value, dict) and "date" in value:
        return datetime.date.fromisoformat(value["date"])
    return value


def heading(sheet, row, code, title):
    sheet.cell(row=row, column=1, value=code).font = Font(bold=True)
    sheet.cell(row=row, column=2, value=title).font = Font(bold=True)
    for column in range(1, 5):
        sheet.cell(row=row, column=column).fill = HEADING
    sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=4)


def write(out, plan):
    workbook = Workbook()
    instructions = workbook.active
    instructions.title = "Instructions"
    instructions["A1"] = "Answer every question of the MDS2 sheet; explain See Notes answers in the notes."
    sheet = workbook.create_sheet(plan["sheet"])

    sheet["A1"] = TITLE
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.merge_cells("A1:D1")
    for column, header in enumerate(HEADERS, start=1):
        sheet.cell(row=2, column=column, value=header).font = Font(bold=True)

    answers = DataValidation(type="list", formula1='"Yes,No,N/A,See Notes"', allow_blank=True)
    sheet.add_data_validation(answers)
    row = 3
    for section in plan["sections"]:
        heading(sheet, row, section["code"], section["title"])
        row += 1
        for item in section["rows"]:
            sheet.cell(row=row, column=1, value=item["id"])
            sheet.cell(row=row, column=2, value=item["question"]).alignment = Alignment(wrap_text=True)
            answer = sheet.cell(row=row, column=3, value=cell_value(item.get("answer")))
            if isinstance(answer.value, datetime.date):
                answer.number_format = "mm/dd/yyyy"
            if item.get("list"):
                answers.add(answer.coordinate)
            sheet.cell(row=row, column=4, value=cell_value(item.get("notes")))
            row += 1

    row += 1
    heading(sheet, row, "Notes", "")
    row += 1
    for note in plan["notes"]:
        sheet.cell(row=row, column=1, value="Note %d" % note["number"])
        sheet.cell(row=row, column=2, value=note["text"]).alignment = Alignment(wrap_text=True, vertical="top")
        sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=4)
        row += 1

    sheet.column_dimensions["A"].width = 12
    sheet.column_dimensions["B"].width = 80
    sheet.column_dimensions["C"].width = 24
    sheet.column_dimensions["D"].width = 16
    sheet.freeze_panes = "A3"
    sheet.print_title_rows = "1:2"
    sheet.print_area = "A1:D%d" % (row - 1)
    workbook.save(out)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: write_mds2.py OUT.xlsx PLAN.json")
    with open(sys.argv[2], encoding="utf-8") as plan_file:
        write(sys.argv[1], json.load(plan_file))
