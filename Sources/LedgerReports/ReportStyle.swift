/// The report's style sheet: screen and A4 print, CJK fonts first, no web fonts fetched.
enum ReportStyle {
    static let css = HTML.trusted("""
    :root { color: #1d1d1f; }
    body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", sans-serif;
           max-width: 190mm; margin: 12mm auto; padding: 0 6mm; font-size: 11pt; line-height: 1.5; }
    h1 { font-size: 18pt; margin: 0 0 4mm; border-bottom: 2px solid #3b6ea5; padding-bottom: 2mm; }
    h2 { font-size: 13pt; margin: 6mm 0 2mm; color: #3b6ea5; }
    h3 { font-size: 11pt; margin: 3mm 0 1mm; }
    p.lead { font-size: 12pt; text-indent: 2em; }
    table { border-collapse: collapse; width: 100%; margin: 2mm 0; font-size: 10pt; }
    th, td { border: 1px solid #c8ced6; padding: 1mm 2mm; text-align: left; vertical-align: top; }
    thead th { background: #eef2f7; }
    td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    tr.red td.light { color: #fff; background: #c0392b; font-weight: bold; }
    tr.yellow td.light { background: #f1c40f; font-weight: bold; }
    section.charts figure { margin: 3mm 0; page-break-inside: avoid; break-inside: avoid; }
    svg.chart { max-width: 100%; height: auto; }
    footer { margin-top: 8mm; border-top: 1px solid #c8ced6; font-size: 8pt; color: #555; word-break: break-all; }
    @page { size: A4; margin: 15mm 12mm; }
    @media print {
      body { margin: 0; padding: 0; max-width: none; font-size: 10pt; }
      section { page-break-inside: avoid; break-inside: avoid; }
      h2 { page-break-after: avoid; break-after: avoid; }
      thead { display: table-header-group; }
    }
    """)
}
