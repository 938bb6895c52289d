internal import ArgumentParser
internal import Catalogue
internal import Foundation
internal import Transparency

struct KeygenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keygen",
        abstract: ProvinceText.keygenAbstract.text(CLILanguage.current),
        discussion: """
        The key file holds PRIVATE+KEY+NAME+KEYHASH+BASE64 (the form of Go's sumdb/note); the verifier \
        key is the C2SP signed-note vkey others configure. A zone's key signs checkpoints and should be \
        named after the ledger's origin; --witness makes a witness key (cosignature type 0x04).
        """)

    @Option(help: "The key's name: the ledger's origin for a zone key, e.g. taizhang/赣江新区.") var name: String
    @Option(help: "Where to write the signing key; an existing file is never overwritten.") var out: String
    @Flag(help: "A witness's cosigning key (C2SP tlog-cosignature, type 0x04).") var witness = false
    @OptionGroup var output: OutputOptions

    func run() throws {
        try TransparencyCommands.guarded {
            let signer = try NoteSigner.generate(name: name, type: witness ? NoteVerifier.cosignatureV1 : NoteVerifier.ed25519)
            let fd = open(out, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            guard fd >= 0 else {
                if errno == EEXIST { throw UsageError(ProvinceText.keyExists.text(output.language, ["file": out])) }
                throw UsageError("\(out): \(String(cString: strerror(errno)))")
            }
            let bytes = Array((signer.skey + "\n").utf8)
            let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            let synced = fsync(fd) == 0
            close(fd)
            guard written == bytes.count, synced else { throw UsageError("\(out): the key could not be written") }
            Console.err(ProvinceText.keyWritten.text(output.language, ["file": out]))
            Console.out(signer.verifier.vkey)
        }
    }
}
