import Foundation
import Testing

/// The tools the report tests open files with; `Tools/install-deps` installs them. A missing one
/// fails the test with that advice: it is never skipped.
func officeTool(_ path: String) throws -> String {
    try #require(FileManager.default.isExecutableFile(atPath: path), "\(path) is missing: run Tools/install-deps")
    return path
}

/// What openpyxl reads from a workbook: its sheet names, and for each `Sheet!A1` its type, value, format, date-ness.
func openpyxlRead(_ path: String, cells: [(String, String)]) throws -> [String: Any] {
    let python = try officeTool("/usr/bin/python3")
    let script = """
    import json, sys, datetime, openpyxl
    wb = openpyxl.load_workbook(sys.argv[1])
    out = {"sheets": wb.sheetnames, "cells": {}}
    for ref in json.loads(sys.argv[2]):
        sheet, cell = ref.split("!")
        c = wb[sheet][cell]
        v = c.value
        out["cells"][ref] = {"type": type(v).__name__, "value": v.isoformat() if isinstance(v, datetime.datetime) else v,
                             "format": c.number_format, "is_date": c.is_date}
    print(json.dumps(out, ensure_ascii=False))
    """
    let refs = String(decoding: try JSONSerialization.data(withJSONObject: cells.map { "\($0.0)!\($0.1)" }), as: UTF8.self)
    let r = try run(python, ["-c", script, path, refs])
    #expect(r.status == 0, "\(r.stderr)")
    return try jsonObject(r.stdout)
}

/// LibreOffice's headless conversion of every sheet to CSV in `folder`; the files it wrote.
func libreOfficeCSV(_ path: String, into folder: String) throws -> [String] {
    let soffice = try officeTool("/usr/bin/soffice")
    let r = try run(soffice, ["-env:UserInstallation=file://\(folder)/lo-profile", "--headless", "--convert-to",
                              "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", folder, path])
    #expect(r.status == 0, "\(r.stderr)")
    return try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".csv") }.sorted()
}

/// Headless Chromium's DOM of a page after rendering it.
func chromiumText(_ path: String, profile: String) throws -> String {
    let chromium = try officeTool("/usr/bin/chromium")
    return try run(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=\(profile)", "--dump-dom",
                              URL(fileURLWithPath: path).absoluteString]).stdout
}
