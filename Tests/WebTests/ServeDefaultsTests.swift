import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import TaizhangWeb

/// What `serve` does when nobody says otherwise: listen on this machine only, keep pages out
/// of caches, and ask browsers for HTTPS only when it speaks HTTPS.
@Suite struct ServeDefaultsTests {
    @Test func serveListensOnLoopbackUnlessAnotherAddressIsNamed() throws {
        let c = WebConfiguration(ledgerPath: "/nowhere")
        #expect(["127.0.0.1", "::1", "localhost"].contains(c.host), "the default listen address is loopback: \(c.host)")
        #expect(c.port == 8080)
        let named = try #require(WebConfiguration.hostAndPort("0.0.0.0:8443"))
        #expect(named.host == "0.0.0.0" && named.port == 8443)
        let v6 = try #require(WebConfiguration.hostAndPort("[::1]:9000"))
        #expect(v6.host == "::1" && v6.port == 9000)
        for bad in ["8080", ":8080", "host:", "host:70000", "[]:80"] { #expect(WebConfiguration.hostAndPort(bad) == nil, "\(bad)") }
    }

    @Test(arguments: [false, true]) func pagesAreNotCachedAndHSTSIsSentUnderTLSOnly(tls: Bool) async throws {
        let t = try TestSite.make {
            if tls { $0.tlsCertificatePath = "cert.pem"; $0.tlsKeyPath = "key.pem" }
        }
        defer { t.remove() }
        try await t.test { client in
            let v = try await Login.as_(.analyst, client, site: t.site)
            for (path, headers) in [("/login", HTTPFields()), ("/", v.headers), ("/api/digest", v.headers), ("/summary/2021Q1", v.headers),
                                    ("/nowhere", v.headers), ("/report/2021Q1", v.headers)] {
                let r = try await client.execute(uri: path, method: .get, headers: headers)
                #expect(r.headers[.cacheControl] == "no-store", "\(path)")
                #expect((r.headers[.strictTransportSecurity] != nil) == tls, "\(path)")
            }
        }
    }
}
