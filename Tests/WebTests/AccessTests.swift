import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
@testable import TaizhangWeb

/// Who may open what: no session, each role, every route. Each would fail without its middleware.
@Suite struct AccessTests {
    /// Every page and API route with the permission it needs (GET unless it changes something).
    static let routes: [(method: HTTPRequest.Method, path: String, permission: Role.Permission)] = [
        (.get, "/", .read), (.get, "/summary/2021Q1", .read), (.get, "/projects", .read), (.get, "/projects/GJ-2021-001", .read),
        (.get, "/summary/2021Q1/export.csv", .exportReports), (.get, "/summary/2021Q1/export.json", .exportReports),
        (.get, "/import", .importEvents), (.post, "/import", .importEvents), (.post, "/import/confirm", .importEvents),
        (.get, "/void?event=E-2021Q1-001", .void), (.post, "/void", .void),
        (.get, "/audit", .audit), (.get, "/audit/verify", .audit), (.get, "/audit/export.jsonl", .audit), (.get, "/audit/export.csv", .audit),
        (.get, "/audit/proof?event=E-2021Q1-001", .audit), (.get, "/audit/consistency?from=1:00", .audit),
        (.get, "/users", .manageUsers), (.post, "/users/add", .manageUsers), (.post, "/users/passwd", .manageUsers), (.post, "/users/remove", .manageUsers),
        (.get, "/api/summary/2021Q1", .read), (.get, "/api/projects", .read), (.get, "/api/projects/GJ-2021-001", .read),
        (.get, "/api/digest", .read), (.get, "/api/batches", .audit),
    ]

    @Test func withoutASessionPagesGoToLoginAndTheAPIAnswers401() async throws {
        let t = try TestSite.make()
        defer { t.remove() }
        try await t.test { client in
            for r in Self.routes {
                let response = try await client.execute(uri: r.path, method: r.method)
                if r.path.hasPrefix("/api/") {
                    #expect(response.status == .unauthorized, "\(r.method) \(r.path)")
                    #expect(response.text.contains("sign_in_required"))
                } else {
                    #expect(response.status == .seeOther, "\(r.method) \(r.path)")
                    #expect(response.headers[.location]?.hasPrefix("/login?next=") == true, "\(r.path)")
                }
            }
        }
    }

    @Test(arguments: Role.allCases) func eachRoleOpensOnlyWhatItMay(role: Role) async throws {
        let t = try TestSite.make()
        defer { t.remove() }
        try await t.test { client in
            let v = try await Login.as_(role, client, site: t.site)
            for r in Self.routes {
                // POSTs carry the right token, so a refusal here can only be the role's.
                let (headers, body) = r.method == .post ? v.form([:]) : (v.headers, ByteBuffer())
                let response = try await client.execute(uri: r.path, method: r.method, headers: headers, body: r.method == .post ? body : nil)
                if role.may(r.permission) {
                    #expect(response.status != .forbidden && response.status != .unauthorized && response.status != .seeOther,
                            "\(role) \(r.method) \(r.path): \(response.status)")
                } else {
                    #expect(response.status == .forbidden, "\(role) \(r.method) \(r.path): \(response.status)")
                    let needed = Role.holding(r.permission).map(\.rawValue)
                    #expect(needed.allSatisfy { response.text.contains("(\($0))") }, "\(r.path) names \(needed)")
                }
            }
        }
    }

    @Test func theForbiddenPageNamesTheRoleInChinese() async throws {
        let t = try TestSite.make()
        defer { t.remove() }
        try await t.test { client in
            let v = try await Login.as_(.analyst, client, site: t.site)
            let response = try await client.execute(uri: "/import", method: .get, headers: v.headers)
            #expect(response.status == .forbidden)
            #expect(response.text.contains("需要的角色:录入员 (clerk)"))
        }
    }

    @Test func aRemovedAccountLosesItsSession() async throws {
        let t = try TestSite.make()
        defer { t.remove() }
        try await t.test { client in
            let v = try await Login.as_(.clerk, client, site: t.site)
            #expect(try await client.execute(uri: "/import", method: .get, headers: v.headers).status == .ok)
            try t.site.accounts.remove(name: "clerk")
            #expect(try await client.execute(uri: "/import", method: .get, headers: v.headers).status == .seeOther)
        }
    }

    @Test func anIdleSessionExpires() async throws {
        let t = try TestSite.make { $0.sessionIdleSeconds = 600 }
        defer { t.remove() }
        try await t.test { client in
            let v = try await Login.as_(.analyst, client, site: t.site)
            t.clock.advance(590)
            #expect(try await client.execute(uri: "/", method: .get, headers: v.headers).status == .ok)
            t.clock.advance(590)   // used 590 s ago: still alive, each use restarts the idle time
            #expect(try await client.execute(uri: "/", method: .get, headers: v.headers).status == .ok)
            t.clock.advance(601)
            #expect(try await client.execute(uri: "/", method: .get, headers: v.headers).status == .seeOther)
        }
    }

    @Test func aForgedCookieIsNoSession() async throws {
        let t = try TestSite.make()
        defer { t.remove() }
        try await t.test { client in
            let forged = try await client.execute(uri: "/", method: .get, headers: [.cookie: "\(SessionMiddleware.cookieName)=\(String(repeating: "0", count: 64))"])
            #expect(forged.status == .seeOther)
        }
    }
}
