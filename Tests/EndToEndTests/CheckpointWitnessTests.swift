import Foundation
import Testing

/// `keygen`, `checkpoint`, `check-proof --checkpoint --key` and `witness cosign`, run as a
/// zone and a witness would: files in and out, the witness refusing a rewritten past.
@Suite struct CheckpointWitnessTests {
    static func write(_ text: String) throws -> String {
        let file = temporaryFolder() + ".txt"
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    /// A zone key named after the ledger's origin, and a witness key: (key file, verifier key).
    static func keys(origin: String) throws -> (zone: (String, String), witness: (String, String)) {
        let zoneFile = temporaryFolder() + ".key", witnessFile = temporaryFolder() + ".key"
        let zone = try run(taizhangBinary, ["keygen", "--name", origin, "--out", zoneFile])
        let witness = try run(taizhangBinary, ["keygen", "--witness", "--name", "witness.example/jx", "--out", witnessFile])
        #expect(zone.status == 0 && witness.status == 0, "\(zone.stderr) \(witness.stderr)")
        return ((zoneFile, zone.stdout.trimmingCharacters(in: .newlines)), (witnessFile, witness.stdout.trimmingCharacters(in: .newlines)))
    }

    @Test func keygenWritesAnOwnerOnlyKeyAndNeverOverwritesOne() throws {
        let file = temporaryFolder() + ".key"
        let made = try run(taizhangBinary, ["keygen", "--name", "taizhang/赣江新区", "--out", file])
        #expect(made.status == 0)
        #expect(made.stdout.hasPrefix("taizhang/赣江新区+") && made.stdout.split(separator: "+", maxSplits: 2).count == 3)
        let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        #expect(try String(contentsOfFile: file, encoding: .utf8).hasPrefix("PRIVATE+KEY+taizhang/赣江新区+"))
        let again = try run(taizhangBinary, ["keygen", "--name", "x", "--out", file, "--lang", "en"])
        #expect(again.status == 2 && again.stderr.contains("already exists"))
    }

    @Test func aSignedCheckpointIsTheDigestAndProofsAreCheckedAgainstIt() throws {
        let ledger = try fixtureLedger()
        let (zone, _) = try Self.keys(origin: "taizhang/赣江新区")
        let signed = try taizhang(ledger, "checkpoint", "--sign", zone.0)
        #expect(signed.status == 0, "\(signed.stderr)")
        let lines = signed.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        let digest = try taizhang(ledger, "digest").stdout.split(separator: " ")
        #expect(lines[0] == "taizhang/赣江新区" && lines[1] == "108" && lines[3] == "" && lines[4].hasPrefix("\u{2014} taizhang/赣江新区 "))
        let root = try #require(Data(base64Encoded: String(lines[2])))
        #expect(root.map { String(format: "%02x", $0) }.joined() == digest[3].trimmingCharacters(in: .newlines))
        let checkpoint = try Self.write(signed.stdout)
        let proof = try Self.write(try taizhang(ledger, "prove", "E-2021Q1-001").stdout)
        let ok = try run(taizhangBinary, ["check-proof", proof, "--checkpoint", checkpoint, "--key", zone.1])
        #expect(ok.status == 0, "\(ok.stdout)")
        // Another size in the text breaks the signature; another key does not sign it.
        let forged = try Self.write(signed.stdout.replacingOccurrences(of: "\n108\n", with: "\n109\n"))
        #expect(try run(taizhangBinary, ["check-proof", proof, "--checkpoint", forged, "--key", zone.1]).status == 4)
        let (other, _) = try Self.keys(origin: "taizhang/赣江新区")
        #expect(try run(taizhangBinary, ["check-proof", proof, "--checkpoint", checkpoint, "--key", other.1]).status == 4)
        // A proof about an older tree is not about this checkpoint.
        let old = try Self.write(try taizhang(ledger, "prove", "E-2021Q1-001", "--digest", "60").stdout)
        #expect(try run(taizhangBinary, ["check-proof", old, "--checkpoint", checkpoint, "--key", zone.1]).status == 4)
        // --known-at: the prefix recorded by then.
        let april = try taizhang(ledger, "checkpoint", "--known-at", "2021-04-30")
        #expect(april.stdout.split(separator: "\n")[1] == "89")
    }

    @Test func theWitnessCosignsOnlyWhatExtendsWhatItCosigned() throws {
        let zoneLedger = try fixtureLedger(batches: 2)
        let (zone, witness) = try Self.keys(origin: "taizhang/赣江新区")
        let state = temporaryFolder()
        func cosign(_ checkpoint: String, proof: String? = nil) throws -> Run {
            try run(taizhangBinary, ["witness", "cosign", checkpoint, "--key", witness.0, "--zone-key", zone.1, "--state", state, "--lang", "en"]
                    + (proof.map { ["--proof", $0] } ?? []))
        }
        let first = try Self.write(try taizhang(zoneLedger, "checkpoint", "--sign", zone.0).stdout)
        let cosigned = try cosign(first)
        #expect(cosigned.status == 0, "\(cosigned.stderr)")
        #expect(cosigned.stdout.split(separator: "\n").last?.hasPrefix("\u{2014} witness.example/jx ") == true)
        let old = try taizhang(zoneLedger, "digest").stdout.trimmingCharacters(in: .newlines).split(separator: " ")
        #expect(try taizhang(zoneLedger, "import", "--quiet", "--recorded-at", fixtureBatches[2].1, fixtureBatches[2].0).status == 0)
        let second = try Self.write(try taizhang(zoneLedger, "checkpoint", "--sign", zone.0).stdout)
        #expect(try cosign(second).status == 4, "no proof from 89")
        let proof = try Self.write(try taizhang(zoneLedger, "prove", "--from", "\(old[0]):\(old[3])").stdout)
        #expect(try cosign(second, proof: proof).status == 0)

        // The same origin rewritten behind the zone's back: same size, another root.
        let rewritten = try ledger(importing: fixtureBatches.map { ($0.0, "2021-08-01T09:00:00+08:00") }, zone: "赣江新区")
        let split = try Self.write(try taizhang(rewritten, "checkpoint", "--sign", zone.0).stdout)
        let refused = try cosign(split)
        #expect(refused.status == 4 && refused.stderr.contains("split view"), "\(refused.stderr)")
        #expect(refused.stderr.split(separator: "\n").count == 1)
        // A smaller checkpoint does not extend; the state kept 108, so the right one cosigns again.
        let smaller = try Self.write(try taizhang(rewritten, "checkpoint", "--sign", zone.0, "--known-at", "2021-01-01").stdout)
        #expect(try cosign(smaller).status == 4)
        #expect(try cosign(second).status == 0)
        // The zone's signature is checked first.
        let unsigned = try Self.write(try taizhang(zoneLedger, "checkpoint").stdout + "\n\u{2014} taizhang/赣江新区 AAAAAAAA\n")
        #expect(try cosign(unsigned).status != 0)
    }
}
