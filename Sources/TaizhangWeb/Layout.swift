internal import Catalogue
internal import LedgerReports

/// The frame of every page: the site's name, the links a role may follow, the language switch, sign-out.
enum Layout {
    static func page(title: String, context: WebContext, path: String, body: HTML) -> HTML {
        let l = context.language
        let other: Language = l.isChinese ? .en : .zh
        return """
        <html lang="\(l.isChinese ? "zh-CN" : "en")"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title) · \(CommonText.product.text(l))</title>
        <link rel="stylesheet" href="/static/site.css"></head><body>
        <header class="site"><a class="brand" href="/">\(CommonText.product.text(l))</a>
        \(nav(context))
        <a class="noprint" href="\(path)?lang=\(other.rawValue)">\(CommonText.languageName.text(other))</a>
        \(who(context))</header>
        <main><h1>\(title)</h1>
        \(body)
        </main>
        <footer>\(WebText.footer.text(l))</footer>
        </body></html>
        """
    }

    static func nav(_ context: WebContext) -> HTML {
        guard let s = context.session else { return "" }
        let l = context.language
        var links: [HTML] = [
            "<a href=\"/\">\(WebText.navHome.text(l))</a>",
            "<a href=\"/projects\">\(WebText.navProjects.text(l))</a>",
        ]
        if s.role.may(.importEvents) { links.append("<a href=\"/import\">\(WebText.navImport.text(l))</a>") }
        if s.role.may(.audit) { links.append("<a href=\"/audit\">\(WebText.navAudit.text(l))</a>") }
        if s.role.may(.manageUsers) { links.append("<a href=\"/users\">\(WebText.navUsers.text(l))</a>") }
        return "<nav>\(links)</nav>"
    }

    static func who(_ context: WebContext) -> HTML {
        guard let s = context.session else { return "" }
        let l = context.language
        return """
        <span class="who">\(s.user) · \(WebText.role(s.role).text(l))</span>
        <form method="post" action="/logout">\(csrfField(s))<button type="submit">\(WebText.logout.text(l))</button></form>
        """
    }

    static func csrfField(_ s: Session) -> HTML {
        "<input type=\"hidden\" name=\"csrf\" value=\"\(s.csrf)\">"
    }

    /// A table from a header and rows of cells already made safe.
    static func table(_ header: [String], _ rows: [[HTML]], numeric: Set<Int> = []) -> HTML {
        let head: [HTML] = header.enumerated().map { i, h in numeric.contains(i) ? "<th class=\"num\">\(h)</th>" : "<th>\(h)</th>" }
        let body: [HTML] = rows.map { row in
            let cells: [HTML] = row.enumerated().map { i, c in numeric.contains(i) ? "<td class=\"num\">\(c)</td>" : "<td>\(c)</td>" }
            return "<tr>\(cells)</tr>"
        }
        return "<table><thead><tr>\(head)</tr></thead><tbody>\(body)</tbody></table>"
    }
}
