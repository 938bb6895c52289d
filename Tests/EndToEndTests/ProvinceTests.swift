import Foundation
import Testing
import TestSupport

/// The province's rollup on a private PostgreSQL cluster: three zones publish, one rewrites its
/// past and is refused by `publish` and the witness, `province verify` names an edited row, and
/// `province summary` is the zones' own summaries side by side and added up.
@Suite(.serialized) struct ProvinceTests {
    struct Zone {
        let ledger: String
        let origin: String
        let key: String
        let vkey: String
    }

    static func zone(_ name: String, origin: String, batches: [(String, String)]) throws -> Zone {
        let ledger = temporaryFolder()
        #expect(try taizhang(ledger, "init", "--zone", name, "--origin", origin).status == 0)
        for (file, recordedAt) in batches {
            #expect(try taizhang(ledger, "import", "--quiet", "--recorded-at", recordedAt, file).status == 0)
        }
        let key = temporaryFolder() + ".key"
        let made = try run(taizhangBinary, ["keygen", "--name", origin, "--out", key])
        return Zone(ledger: ledger, origin: origin, key: key, vkey: made.stdout.trimmingCharacters(in: .newlines))
    }

    static func publish(_ zone: Zone, _ cluster: PostgresCluster) throws -> Run {
        try taizhang(zone.ledger, "publish", "--postgres", cluster.url, "--sign", zone.key, "--lang", "en")
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func threeZonesPublishOneRewritesItsPastAndIsRefusedAndTheSumsHold() throws {
        let cluster = try PostgresCluster()
        #expect(try run(taizhangBinary, ["province", "init", "--postgres", cluster.url]).status == 0)
        #expect(try run(taizhangBinary, ["province", "init", "--postgres", cluster.url]).status == 0, "init twice changes nothing")
        let zones = [
            try Self.zone("赣江新区", origin: "jx.gov/ganjiang", batches: fixtureBatches),
            try Self.zone("九江经开区", origin: "jx.gov/jiujiang", batches: Array(fixtureBatches.prefix(2))),
            try Self.zone("南昌高新区", origin: "jx.gov/nanchang", batches: Array(fixtureBatches.prefix(1))),
        ]
        for zone in zones {
            let first = try Self.publish(zone, cluster)
            #expect(first.status == 0 && first.stdout.contains("published"), "\(first.stderr)")
            let second = try Self.publish(zone, cluster)
            #expect(second.status == 0 && second.stdout.contains("nothing to publish"), "\(second.stdout) \(second.stderr)")
        }
        #expect(try cluster.sql("SELECT count(*) FROM events") == "\(108 + 89 + 26)")
        #expect(try cluster.sql("SELECT count(*) FROM checkpoints") == "3")

        // The witness has cosigned the third zone's checkpoint.
        let witnessKey = temporaryFolder() + ".key", state = temporaryFolder()
        #expect(try run(taizhangBinary, ["keygen", "--witness", "--name", "witness.jx.gov", "--out", witnessKey]).status == 0)
        let nanchang = zones[2]
        func cosign(_ zone: Zone) throws -> Run {
            let checkpoint = temporaryFolder() + ".txt"
            try taizhang(zone.ledger, "checkpoint", "--sign", zone.key).stdout.write(toFile: checkpoint, atomically: true, encoding: .utf8)
            return try run(taizhangBinary, ["witness", "cosign", checkpoint, "--key", witnessKey, "--zone-key", zone.vkey, "--state", state])
        }
        #expect(try cosign(nanchang).status == 0)

        // Behind its back the zone's ledger is rebuilt with its past rewritten (other recorded times).
        try FileManager.default.removeItem(atPath: nanchang.ledger)
        #expect(try taizhang(nanchang.ledger, "init", "--zone", "南昌高新区", "--origin", nanchang.origin).status == 0)
        #expect(try taizhang(nanchang.ledger, "import", "--quiet", "--recorded-at", "2021-02-01T09:00:00+08:00", fixtureBatches[0].0).status == 0)
        let refused = try Self.publish(nanchang, cluster)
        #expect(refused.status == 4, "\(refused.stderr)")
        #expect(refused.stderr.contains("sequence 1 of jx.gov/nanchang"), "\(refused.stderr)")
        #expect(refused.stderr.split(separator: "\n").count == 1)
        #expect(try cluster.sql("SELECT count(*) FROM events") == "\(108 + 89 + 26)", "nothing written")
        let witnessed = try cosign(nanchang)
        #expect(witnessed.status == 4 && witnessed.stderr.split(separator: "\n").count == 1, "\(witnessed.stderr)")

        // province summary: each zone's line is that zone's own summary; the total is their sum.
        #expect(try run(taizhangBinary, ["province", "verify", "--postgres", cluster.url]).status == 0)
        let province = try Self.json(try run(taizhangBinary, ["province", "summary", "2021Q1", "--postgres", cluster.url, "--json"]).stdout)
        let lines = try #require(province["zones"] as? [[String: Any]])
        #expect(lines.count == 3)
        var sums = [0, 0, 0, 0]
        for (line, zone) in zip(lines, zones) {
            #expect(line["origin"] as? String == zone.origin && line["verified"] as? Bool == true)
            let ownLedger = zone.origin == nanchang.origin ? try Self.zone("南昌高新区", origin: zone.origin, batches: Array(fixtureBatches.prefix(1))).ledger : zone.ledger
            let own = try Self.json(try taizhang(ownLedger, "summary", "2021Q1", "--json").stdout)
            let mine = try #require(line["summary"] as? [String: Any])
            let figures = ["quarter", "threshold_fen", "signed", "bands", "started", "commissioned", "terminated", "disbursed",
                           "by_group", "by_industry", "year_to_date", "previous_year", "targets"]
            for key in figures {
                #expect(own[key] != nil, "\(key)")
                #expect(NSDictionary(dictionary: ["v": mine[key] ?? 0]).isEqual(to: ["v": own[key] ?? 0]), "\(zone.origin): \(key)")
            }
            let signed = try #require(own["signed"] as? [String: Any])
            sums[0] += signed["count"] as? Int ?? 0
            sums[1] += signed["total_fen"] as? Int ?? 0
            sums[2] += (own["started"] as? [String: Any])?["count"] as? Int ?? 0
            sums[3] += (own["disbursed"] as? [String: Any])?["total_fen"] as? Int ?? 0
        }
        let total = try #require(province["total"] as? [String: Any])
        #expect((total["signed"] as? [String: Any])?["count"] as? Int == sums[0])
        #expect((total["signed"] as? [String: Any])?["total_fen"] as? Int == sums[1])
        #expect((total["started"] as? [String: Any])?["count"] as? Int == sums[2])
        #expect((total["disbursed"] as? [String: Any])?["total_fen"] as? Int == sums[3])
        #expect(sums[0] > 0)

        // The SQL views agree with province summary, zone by zone.
        for line in lines {
            let origin = try #require(line["origin"] as? String)
            let signed = try #require((line["summary"] as? [String: Any])?["signed"] as? [String: Any])
            let view = try cluster.sql("SELECT coalesce(sum(projects), 0), coalesce(sum(signed_fen), 0) FROM quarter_signings WHERE origin = '\(origin)' AND year = 2021 AND quarter = 1")
            #expect(view == "\(signed["count"] as? Int ?? -1)|\(signed["total_fen"] as? Int ?? -1)", "\(origin): view \(view)")
        }

        // A row edited in PostgreSQL is named by origin and sequence.
        try cluster.sql("UPDATE events SET amount_fen = amount_fen + 100 WHERE origin = 'jx.gov/jiujiang' AND sequence = 30")
        let caught = try run(taizhangBinary, ["province", "verify", "--postgres", cluster.url, "--lang", "en"])
        #expect(caught.status == 4)
        #expect(caught.stderr.contains("jx.gov/jiujiang sequence 30"), "\(caught.stderr)")
        #expect(caught.stderr.split(separator: "\n").count == 1)
        // The same line in Chinese by default, naming the origin, the sequence and the column.
        let chinese = try run(taizhangBinary, ["province", "verify", "--postgres", cluster.url])
        #expect(chinese.status == 4 && chinese.stderr.split(separator: "\n").count == 1)
        #expect(chinese.stderr.contains("jx.gov/jiujiang 序号 30") && chinese.stderr.contains("amount_fen"), "\(chinese.stderr)")
        #expect(LanguageCheck.strayEnglish(inChinese: chinese.stderr, allowed: ["amount_fen"]).isEmpty, "\(chinese.stderr)")
    }

    /// The server's errors, said from the catalogue with the place: the URL, the table, the origin.
    @Test func serverErrorsAreOneLineNamingThePlaceWithoutTheDriversWordsInChinese() throws {
        let cluster = try PostgresCluster()
        let ledger = try fixtureLedger(batches: 1)
        let cases: [(String, String, [String])] = [
            ("no schema", cluster.url, ["province init", "zones", "42P01"]),
            ("no database", cluster.url.replacingOccurrences(of: "/postgres", with: "/nosuch"), ["3D000", "/nosuch"]),
        ]
        for (what, url, named) in cases {
            let zh = try taizhang(ledger, "publish", "--postgres", url)
            #expect(zh.status == 1 && zh.stderr.split(separator: "\n").count == 1, "\(what): \(zh.stderr)")
            for n in named { #expect(zh.stderr.contains(n), "\(what): \(n) in \(zh.stderr)") }
            #expect(LanguageCheck.strayEnglish(inChinese: zh.stderr).isEmpty, "\(what): \(zh.stderr)")
            let en = try taizhang(ledger, "publish", "--postgres", url, "--lang", "en")
            #expect(en.status == 1 && LanguageCheck.chineseLines(inEnglish: en.stderr).isEmpty, "\(what): \(en.stderr)")
        }
        // The password is never shown.
        let secret = try taizhang(ledger, "publish", "--postgres", cluster.url.replacingOccurrences(of: "taizhang@", with: "taizhang:hunter2@")
                                    .replacingOccurrences(of: "/postgres", with: "/nosuch"))
        #expect(secret.status == 1 && !secret.stderr.contains("hunter2") && secret.stderr.contains("***"), "\(secret.stderr)")
    }

    @Test func aServerGoneMidPublishIsOneLineAndNothingHalfWritten() throws {
        let cluster = try PostgresCluster()
        #expect(try run(taizhangBinary, ["province", "init", "--postgres", cluster.url]).status == 0)
        let folder = temporaryFolder()
        #expect(try run("/usr/bin/env", ["python3", "Tools/generate", "--events", "60000", "--out", folder]).status == 0)
        let ledger = temporaryFolder()
        #expect(try taizhang(ledger, "import", "--quiet", folder + "/events-60000.csv").status == 0)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: taizhangBinary)
        process.arguments = ["--db", ledger, "publish", "--postgres", cluster.url, "--lang", "en"]
        let err = Pipe()
        process.standardError = err
        process.standardOutput = Pipe()
        try process.run()
        // Once rows are arriving, the server goes.
        for _ in 0..<200 where process.isRunning {
            if (try? cluster.sql("SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'INSERT INTO events%'")) == "1" { break }
            Thread.sleep(forTimeInterval: 0.02)
        }
        try cluster.kill()
        process.waitUntilExit()
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 1, "\(stderr)")
        #expect(stderr.split(separator: "\n").count == 1, "\(stderr)")
        try cluster.start()
        #expect(try cluster.sql("SELECT count(*) FROM events") == "0")
        #expect(try cluster.sql("SELECT count(*) FROM checkpoints") == "0")
        let again = try taizhang(ledger, "publish", "--postgres", cluster.url, "--lang", "en")
        #expect(again.status == 0, "\(again.stderr)")
        #expect(try cluster.sql("SELECT count(*) FROM events") == "60000")
    }

    @Test func noServerIsOneLine() throws {
        let ledger = try fixtureLedger(batches: 1)
        let r = try taizhang(ledger, "publish", "--postgres", "postgres://taizhang@127.0.0.1:9/postgres", "--lang", "en")
        #expect(r.status == 1 && r.stderr.split(separator: "\n").count == 1, "\(r.stderr)")
        #expect(r.stderr.contains("cannot reach PostgreSQL"))
    }
}
