import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
import LedgerStore
@testable import TaizhangWeb

/// CSRF tokens, cookies, headers, throttling, logs, uploads and paths: each test fails without its protection.
@Suite struct SecurityTests {
    @Test func aChangingFormWithoutTheSessionsTokenIsRefused() async throws {
        let t = try TestSite.make()
        defer { t.remove() }
        try await t.test { client in
            let clerk = try await Login.as_(.clerk, client, site: t.site)
            let before = try t.site.ledger.digest()
            let flipped = (clerk.csrf.first == "0" ? "1" : "0") + clerk.csrf.dropFirst()
            for token in ["", flipped, String(repeating: "a", count: 64)] {
                let (headers, body) = clerk.form(["event": "E-2021Q2-016", "reason": "test"], csrf: token)
                let response = try await client.execute(uri: "/void", method: .post, headers: headers, body: body)
                #expect(response.status == .forbidden)
                #expect(response.text.contains("CSRF"))
            }
            #expect(try t.site.ledger.digest() == before, "nothing landed")
            let (headers, body) = clerk.form(["event": "E-2021Q2-016", "reason": "test"])
            #expect(try await client.execute(uri: "/void", method: .post, headers: headers, body: body).status == .ok)
            #expect(try t.site.ledger.digest().sequence == before.sequence + 1)

            let admin = try await Login.as_(.admin, client, site: t.site)
            let (h2, b2) = admin.form(["name": "mallory", "role": "admin", "password": "password-1"], csrf: clerk.csrf)
            #expect(try await client.execute(uri: "/users/add", method: .post, headers: h2, body: b2).status == .forbidden)
            #expect(try t.site.accounts.account(named: "mallory") == nil)
            // An upload's token rides in the action's query.
            let (type, upload) = multipart([("a.jsonl", Array("{}".utf8))])
            let refused = try await client.execute(uri: "/import?csrf=wrong", method: .post, headers: [.cookie: clerk.cookie, .contentType: type], body: upload)
            #expect(refused.status == .forbidden)
            let (h3, b3) = admin.form([:], csrf: "wrong")
            #expect(try await client.execute(uri: "/logout", method: .post, headers: h3, body: b3).status == .forbidden)
        }
    }

    @Test func theLoginFormCarriesItsOwnToken() async throws {
        let t = try TestSite.make()
        defer { t.remove() }
        try await t.test { client in
            let body = "name=clerk&password=secret-clerk&login_token=abc"
            let response = try await client.execute(uri: "/login", method: .post,
                                                    headers: [.cookie: "tz_login=xyz", .contentType: "application/x-www-form-urlencoded"], body: ByteBuffer(string: body))
            #expect(response.status == .forbidden)
            #expect(response.cookie(SessionMiddleware.cookieName) == nil)
        }
    }

    @Test(arguments: [false, true]) func theSessionCookieIsHttpOnlyStrictAndSecureUnderTLS(secure: Bool) async throws {
        let t = try TestSite.make { $0.secureCookiesBehindProxy = secure }
        defer { t.remove() }
        try await t.test { client in
            let response = try await Login.post(client, name: "clerk", password: "secret-clerk")
            let cookie = try #require(response.cookies.first { $0.hasPrefix(SessionMiddleware.cookieName + "=") })
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
            #expect(cookie.contains("Secure") == secure)
            #expect(!cookie.contains("Max-Age"), "a session cookie ends with the browser")
        }
    }

    @Test func everyResponseCarriesTheSecurityHeaders() async throws {
        let t = try TestSite.make()
        defer { t.remove() }
        try await t.test { client in
            let analyst = try await Login.as_(.analyst, client, site: t.site)
            let requests: [(String, HTTPFields)] = [("/login", [:]), ("/", [:]), ("/api/digest", [:]), ("/static/site.css", [:]),
                                                    ("/nowhere", analyst.headers), ("/import", analyst.headers), ("/", analyst.headers),
                                                    ("/summary/2021Q1", analyst.headers), ("/summary/2021Q9", analyst.headers)]
            for (path, headers) in requests {
                let r = try await client.execute(uri: path, method: .get, headers: headers)
                #expect(r.headers[.contentSecurityPolicy]?.contains("default-src 'self'") == true, "\(path)")
                #expect(r.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true, "\(path)")
                #expect(r.headers[.xContentTypeOptions] == "nosniff", "\(path)")
                #expect(r.headers[.referrerPolicy] == "no-referrer", "\(path)")
                #expect(r.headers[.xFrameOptions] == "DENY", "\(path)")
            }
        }
    }

    @Test func fiveFailuresRefuseTheNameForTheRestOfTheWindow() async throws {
        let t = try TestSite.make()
        defer { t.remove() }
        try await t.test { client in
            for _ in 0..<4 { #expect(try await Login.post(client, name: "clerk", password: "wrong-password").status == .unauthorized) }
            let fifth = try await Login.post(client, name: "clerk", password: "wrong-password")
            #expect(fifth.status == .tooManyRequests)
            let right = try await Login.post(client, name: "clerk", password: "secret-clerk")
            #expect(right.status == .tooManyRequests, "even the right password, for the rest of the window")
            #expect(right.text.contains("15 分钟内登录失败 5 次"))
            #expect(right.cookie(SessionMiddleware.cookieName) == nil)
            #expect(try await Login.post(client, name: "analyst", password: "secret-analyst").status == .seeOther, "other names are not touched")
            t.clock.advance(LoginThrottle.windowSeconds + 1)
            #expect(try await Login.post(client, name: "clerk", password: "secret-clerk").status == .seeOther)
        }
    }

    @Test func noPasswordOrCookieValueReachesTheLog() async throws {
        let t = try TestSite.make()
        defer { t.remove() }
        try await t.test { client in
            _ = try await Login.post(client, name: "clerk", password: "wrong-horse-battery")
            let v = try await Login.as_(.clerk, client, site: t.site)
            _ = try await client.execute(uri: "/import", method: .get, headers: v.headers)
            let (type, upload) = multipart([("a.jsonl", Array("{}".utf8))])
            _ = try await client.execute(uri: "/import?csrf=\(v.csrf)", method: .post, headers: [.cookie: v.cookie, .contentType: type], body: upload)
        }
        let lines = t.logs.all
        #expect(lines.contains { $0.contains("clerk GET /import 200") }, "a line per request with the user, method, path and status")
        for line in lines {
            #expect(!line.contains("wrong-horse-battery") && !line.contains("secret-clerk"), "\(line)")
            #expect(!line.contains(SessionMiddleware.cookieName + "="), "\(line)")
        }
        for token in t.site.sessions.allTokensForTests() {
            #expect(!lines.contains { $0.contains(token) })
            #expect(!lines.contains { $0.contains(t.site.sessions.session(token: token)!.csrf) })
        }
    }

    @Test func anUploadOverTheLimitIsRefusedWithAPage() async throws {
        let t = try TestSite.make { $0.uploadMaxBytes = 1024 }
        defer { t.remove() }
        let before = try t.site.ledger.digest()
        try await t.test { client in
            let clerk = try await Login.as_(.clerk, client, site: t.site)
            let bytes = Array(try String(contentsOfFile: repositoryRoot + "/Fixtures/2021Q1.jsonl", encoding: .utf8).utf8)
            let (type, body) = multipart([("big.jsonl", bytes)])
            // Refused from its Content-Length, before the body is read…
            let r = try await client.execute(uri: "/import?csrf=\(clerk.csrf)", method: .post,
                                             headers: [.cookie: clerk.cookie, .contentType: type, .contentLength: String(body.readableBytes)], body: body)
            #expect(r.status == .contentTooLarge)
            #expect(r.text.contains("1 KiB"))
            // …and without one, cut off while it is read.
            let unsized = try await client.execute(uri: "/import?csrf=\(clerk.csrf)", method: .post, headers: [.cookie: clerk.cookie, .contentType: type], body: body)
            #expect(unsized.status == .contentTooLarge)
        }
        #expect(try t.site.ledger.digest() == before)
    }

    @Test func pathsAndFileNamesCannotEscape() async throws {
        let t = try TestSite.make(fixtures: false)
        defer { t.remove() }
        let outside = NSTemporaryDirectory() + "escape-\(UUID().uuidString).jsonl"
        try await t.test { client in
            let analyst = try await Login.as_(.analyst, client, site: t.site)
            for path in ["/projects/..%2F..%2Faccounts.json", "/projects/../accounts.json", "/static/../accounts.json", "/accounts.json",
                         "/static/%2e%2e/accounts.json", "/api/projects/..%2Faccounts.json"] {
                let r = try await client.execute(uri: path, method: .get, headers: analyst.headers)
                #expect(r.status == .notFound, "\(path)")
                #expect(!r.text.contains("bcrypt"), "\(path)")
            }
            let clerk = try await Login.as_(.clerk, client, site: t.site)
            let bytes = Array(try String(contentsOfFile: repositoryRoot + "/Fixtures/2020-projects.jsonl", encoding: .utf8).utf8)
            let (type, body) = multipart([("../../..\(outside)", bytes)])
            let dry = try await client.execute(uri: "/import?csrf=\(clerk.csrf)", method: .post, headers: [.cookie: clerk.cookie, .contentType: type], body: body)
            #expect(dry.status == .ok)
            let staged = try #require(dry.text.firstMatch(of: /name="staged" value="([0-9a-f]+)"/)?.1)
            let (h, b) = clerk.form(["staged": String(staged)])
            #expect(try await client.execute(uri: "/import/confirm", method: .post, headers: h, body: b).status == .ok)
        }
        #expect(!FileManager.default.fileExists(atPath: outside))
        let batch = try #require(try t.site.ledger.batches().first)
        #expect(batch.fileName == URL(fileURLWithPath: outside).lastPathComponent)
        #expect(UploadName.clean("..\\..\\windows\\system.ini") == "system.ini")
        #expect(UploadName.clean("..") == "upload")
        #expect(UploadName.clean("a\u{0}b\nc.csv") == "abc.csv")
    }

    @Test func signInNeverSendsAnyoneAway() {
        #expect(LoginRoutes.safeTarget("//evil.example/") == "/")
        #expect(LoginRoutes.safeTarget("https://evil.example/") == "/")
        #expect(LoginRoutes.safeTarget("/\\evil.example") == "/")
        #expect(LoginRoutes.safeTarget("/summary/2021Q1") == "/summary/2021Q1")
    }
}
