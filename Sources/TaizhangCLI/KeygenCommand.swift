internal import ArgumentParser
internal import Catalogue
internal import LedgerService

struct KeygenCommand: ParsableCommand {
    static var configuration: CommandConfiguration { Help.command("keygen", ProvinceText.keygenAbstract, HelpProvinceText.keygenDiscussion) }

    @Option(help: Help.text(.keygenName, value: .vName)) var name: String
    @Option(help: Help.text(.keygenOut, value: .vKeyFile)) var out: String
    @Flag(help: Help.text(.keygenWitness)) var witness = false
    @OptionGroup var output: OutputOptions

    func run() throws {
        try Console.guarded(output.language) {
            let vkey = try LedgerService.generateKey(name: name, witness: witness, file: out)
            Console.err(ProvinceText.keyWritten.text(output.language, ["file": out]))
            Console.out(vkey)
        }
    }
}
