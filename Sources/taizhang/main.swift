import TaizhangCLI

Taizhang.run(arguments: Array(CommandLine.arguments.dropFirst()))
