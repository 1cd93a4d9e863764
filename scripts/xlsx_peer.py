"""Edits and inspects normcheck spreadsheets with openpyxl, an xlsx reader/writer independent
of normcheck's own, for the spreadsheet tests.

    xlsx_peer.py inspect FILE.xlsx                 -> JSON: sheets, headers, freeze, validations, rows
    xlsx_peer.py edit FILE.xlsx EDITS.json OUT.xlsx -> applies {"a.1": {"Level": 3, "Note": null}, ...}
    xlsx_peer.py addrow FILE.xlsx ROW.json OUT.xlsx -> appends {"Item": "z.9", "Note": "x"}
    xlsx_peer.py setcells FILE.xlsx CELLS.json OUT.xlsx -> sets {"Items!G2": -1, "Norms!A3": null}
    xlsx_peer.py translate FILE.xlsx FILL.json OUT.xlsx -> fills a translator's workbook:
        {"language": "lo", "messages": {"id": "text"}, "checklist": {"items.a.1.text": "text"}}

Values: null empties the cell; {"date": "YYYY-MM-DD"} writes a real date cell.
"""

import datetime
import json
import sys

import openpyxl


def headers(ws):
    return {cell.value: cell.column for cell in ws[1] if cell.value}


def value(v):
    if isinstance(v, dict) and "date" in v:
        return datetime.datetime.strptime(v["date"], "%Y-%m-%d")
    return v


def inspect(path):
    wb = openpyxl.load_workbook(path)
    ws = wb["Assessment"]
    cols = headers(ws)
    rows = {}
    for row in ws.iter_rows(min_row=2):
        item = row[cols["Item"] - 1].value
        if item:
            rows[item] = {
                h: (c.value.strftime("%Y-%m-%d") if isinstance(c.value, datetime.datetime) else c.value)
                for h, c in ((h, row[i - 1]) for h, i in cols.items())
            }
    about = wb["About"]
    out = {
        "sheets": wb.sheetnames,
        "headers": [c.value for c in ws[1]],
        "freeze": ws.freeze_panes,
        "validations": sorted(
            [str(dv.sqref), dv.formula1] for dv in ws.data_validations.dataValidation
        ),
        "widths": {k: ws.column_dimensions[k].width for k in ws.column_dimensions},
        "header_wrapped": bool(ws["C1"].alignment.wrap_text),
        "odd_header": ws.oddHeader.center.text,
        "about": [[c.value for c in r] for r in about.iter_rows()],
        "rows": rows,
    }
    print(json.dumps(out, default=str))


def edit(path, edits_path, out):
    wb = openpyxl.load_workbook(path)
    ws = wb["Assessment"]
    cols = headers(ws)
    edits = json.load(open(edits_path, encoding="utf-8"))
    # The Item column by its English header, else the second (a workbook in another language).
    item_col = cols.get("Item", 2)
    for row in ws.iter_rows(min_row=2):
        item = row[item_col - 1].value
        for header, v in edits.get(item, {}).items():
            row[cols[header] - 1].value = value(v)
    wb.save(out)


def addrow(path, row_path, out):
    wb = openpyxl.load_workbook(path)
    ws = wb["Assessment"]
    cols = headers(ws)
    new = ws.max_row + 1
    for header, v in json.load(open(row_path, encoding="utf-8")).items():
        ws.cell(row=new, column=cols[header]).value = value(v)
    wb.save(out)


def setcells(path, cells_path, out):
    wb = openpyxl.load_workbook(path)
    for name, v in json.load(open(cells_path, encoding="utf-8")).items():
        sheet, cell = name.rsplit("!", 1)
        wb[sheet.strip("'")][cell].value = value(v)
    wb.save(out)


def translate(path, fill_path, out):
    wb = openpyxl.load_workbook(path)
    fill = json.load(open(fill_path, encoding="utf-8"))
    if "language" in fill:
        wb["About"]["B1"].value = fill["language"]
    ws = wb["Messages"]
    for row in ws.iter_rows(min_row=2):
        if row[0].value in fill.get("messages", {}):
            row[2].value = fill["messages"][row[0].value]
    ws = wb["Checklist"]
    for row in ws.iter_rows(min_row=2):
        key = f"{row[0].value}.{row[1].value}"
        if key in fill.get("checklist", {}):
            row[3].value = fill["checklist"][key]
    wb.save(out)


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    commands = {
        "inspect": inspect,
        "edit": edit,
        "addrow": addrow,
        "setcells": setcells,
        "translate": translate,
    }
    commands[command](*args)
