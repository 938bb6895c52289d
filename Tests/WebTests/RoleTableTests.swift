import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import TaizhangWeb

/// The role table written out as the issue (and the README) gives it, not derived from `Role.may`:
/// `AccessTests` asks `may` what to expect, so a role given a right it should not have would pass there.
@Suite struct RoleTableTests {
    static let table: [Role: Set<Role.Permission>] = [
        .clerk: [.read, .importEvents, .void],
        .analyst: [.read, .exportReports],
        .auditor: [.read, .exportReports, .audit],
        .admin: [.read, .manageUsers],
    ]

    @Test(arguments: Role.allCases) func eachRoleMayExactlyWhatTheIssueGivesIt(role: Role) {
        #expect(Set(Role.Permission.allCases.filter { role.may($0) }) == Self.table[role])
    }

    @Test func onlyTheNamedRolesOpenTheAuditTheAccountsAndTheImport() async throws {
        let t = try TestSite.make()
        defer { t.remove() }
        let expected: [(path: String, open: Set<Role>)] = [("/audit", [.auditor]), ("/users", [.admin]), ("/import", [.clerk]),
                                                           ("/api/batches", [.auditor]), ("/summary/2021Q1/export.csv", [.analyst, .auditor])]
        try await t.test { client in
            for role in Role.allCases {
                let v = try await Login.as_(role, client, site: t.site)
                for (path, open) in expected {
                    let status = try await client.execute(uri: path, method: .get, headers: v.headers).status
                    #expect(status == (open.contains(role) ? .ok : .forbidden), "\(role) \(path): \(status)")
                }
            }
        }
    }
}
