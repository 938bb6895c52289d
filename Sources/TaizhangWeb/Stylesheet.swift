/// The site's one stylesheet, served from memory at `/static/site.css`: no file from elsewhere.
enum Stylesheet {
    static let css = """
    :root { --ink: #1d2733; --line: #c9d1db; --muted: #5b6776; --accent: #a4161a; --band: #f3f5f8; }
    * { box-sizing: border-box; }
    body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif; color: var(--ink); margin: 0; line-height: 1.5; }
    header.site { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; padding: .6rem 1.2rem; border-bottom: 3px solid var(--accent); }
    header.site .brand { font-weight: bold; font-size: 1.2rem; color: var(--accent); text-decoration: none; }
    header.site nav a { margin-right: .9rem; color: var(--ink); }
    header.site .who { margin-left: auto; color: var(--muted); }
    header.site form { display: inline; }
    main { padding: 1rem 1.2rem; max-width: 72rem; }
    h1 { font-size: 1.4rem; margin: .4rem 0 .8rem; }
    h2 { font-size: 1.15rem; margin-top: 1.6rem; border-bottom: 1px solid var(--line); }
    table { border-collapse: collapse; margin: .5rem 0 1rem; }
    th, td { border: 1px solid var(--line); padding: .25rem .55rem; text-align: left; vertical-align: top; }
    th { background: var(--band); }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
    .sentence { font-size: 1.1rem; background: var(--band); padding: .7rem 1rem; border-left: 4px solid var(--accent); }
    .digest, code { font-family: "DejaVu Sans Mono", monospace; font-size: .85rem; word-break: break-all; }
    .notice { padding: .6rem 1rem; border: 1px solid var(--line); background: #fff8e1; }
    .error { padding: .6rem 1rem; border: 1px solid var(--accent); background: #fdecea; }
    .ok { padding: .6rem 1rem; border: 1px solid #2e7d32; background: #edf7ed; }
    .voided { text-decoration: line-through; color: var(--muted); }
    form.stack label { display: block; margin: .5rem 0 .2rem; }
    input, select, button { font: inherit; padding: .25rem .5rem; }
    button { cursor: pointer; }
    .charts { display: flex; flex-wrap: wrap; gap: 1.5rem; }
    figure { margin: 0; }
    figcaption { color: var(--muted); font-size: .9rem; }
    footer { color: var(--muted); font-size: .85rem; padding: 1rem 1.2rem; border-top: 1px solid var(--line); }
    @media print {
      header.site nav, header.site form, .noprint, footer { display: none; }
      body { font-size: 10.5pt; }
      a { color: inherit; text-decoration: none; }
      main { max-width: none; padding: 0; }
      table { page-break-inside: auto; } tr { page-break-inside: avoid; }
    }
    """
}
