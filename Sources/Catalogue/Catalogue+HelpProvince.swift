/// The help pages of the province's commands: `keygen`, `checkpoint`, `witness`, `publish`, `province`.
public enum HelpProvinceText: String, Phrasebook {
    case keygenDiscussion, keygenName, keygenOut, keygenWitness
    case checkpointDiscussion, checkpointSign, checkpointKnownAt
    case witnessCosignAbstract, witnessCosignDiscussion, witnessCheckpoint, witnessProof, witnessKey, witnessZoneKey, witnessState
    case publishDiscussion, publishSign
    case postgresURL
    case provinceInitAbstract, provinceInitDiscussion
    case provinceVerifyAbstract, provinceVerifyDiscussion, provinceKeys
    case provinceSummaryAbstract, provinceSummaryDiscussion, provinceSummaryPeriod, provinceSummaryKeys, provinceThreshold
    case provinceJSON, provinceCSV
    case seeNestedHelp
    case vURL, vKeyFile, vVerifierKey, vStateFolder, vProofFile, vCheckpointFile

    public var phrase: Phrase {
        switch self {
        case .keygenDiscussion:
            Phrase(zh: """
                密钥文件里是 `PRIVATE+KEY+NAME+KEYHASH+BASE64`(与 `Go` 的 `sumdb/note` 同一格式);打印出的验证公钥是别人\
                配置的 `C2SP signed-note` 公钥。区域的密钥为检查点签名,应以台账的来源命名;加 --witness 生成见证人的\
                联署密钥(联署类型 `0x04`)。
                """,
                   en: """
                The key file holds PRIVATE+KEY+NAME+KEYHASH+BASE64 (the form of Go's sumdb/note); the verifier \
                key is the C2SP signed-note vkey others configure. A zone's key signs checkpoints and should be \
                named after the ledger's origin; --witness makes a witness key (cosignature type 0x04).
                """)
        case .keygenName: Phrase(zh: "密钥名称:区域密钥用台账的来源,例如 `taizhang/赣江新区`。", en: "The key's name: the ledger's origin for a zone key, e.g. `taizhang/赣江新区`.")
        case .keygenOut: Phrase(zh: "签名私钥写到哪个文件;已有的文件绝不覆盖。", en: "Where to write the signing key; an existing file is never overwritten.")
        case .keygenWitness: Phrase(zh: "生成见证人的联署密钥(`C2SP tlog-cosignature`,类型 `0x04`)。", en: "A witness's cosigning key (C2SP tlog-cosignature, type 0x04).")
        case .checkpointDiscussion:
            Phrase(zh: """
                加 --sign 密钥文件(由 `taizhang keygen` 生成)时输出签名注记,别人用验证公钥核对;不加时只输出检查点本身。\
                 --known-at 时间:输出该记录时间及之前记入的那部分日志的检查点。来源是 `init --origin` 设定的名称,\
                否则为 `taizhang/` 加区域名称。
                """,
                   en: """
                With --sign KEYFILE (from `taizhang keygen`) it is a signed note others check with the \
                verifier key; without, the checkpoint text alone. --known-at T gives the checkpoint of the \
                prefix of the log recorded at or before T. The origin is the one set by `init --origin`, \
                else taizhang/ and the zone's name.
                """)
        case .checkpointSign: Phrase(zh: "用这个签名私钥文件为检查点签名。", en: "The signing key file to sign the checkpoint with.")
        case .checkpointKnownAt:
            Phrase(zh: "输出台账在这个记录时间所知内容的检查点(带时区的 ISO 8601 时间,或日期)。", en: "The checkpoint of what the ledger knew at this recorded time (ISO 8601 with offset, or a date).")
        case .witnessCosignAbstract: Phrase(zh: "核对一个签名检查点及其一致性证明;记下它,并打印联署后的检查点。", en: "Check a signed checkpoint and its consistency proof; record it and print it cosigned.")
        case .witnessCosignDiscussion:
            Phrase(zh: """
                先核对区域的签名( --zone-key ),再核对这个检查点是否延续了见证人上次为该来源联署的检查点( --proof :\
                `taizhang prove --from OLD_SIZE:OLD_ROOT_HEX` 的输出;某来源的第一个检查点或同一个检查点再来一次时不需要)。\
                树大小相同而根哈希不同(分叉视图)、树变小了,或证明推不到它的,一律拒绝(退出状态 4,一行说明),状态不变。\
                否则把检查点追加到状态里( --state 目录,先同步到磁盘再打印),并打印加上见证人联署行\
                (`C2SP tlog-cosignature`,Ed25519)的检查点。
                """,
                   en: """
                Checks the zone's signature (--zone-key), then that the checkpoint extends the last one this \
                witness cosigned for its origin (--proof: `taizhang prove --from OLD_SIZE:OLD_ROOT_HEX`; not \
                needed for the first checkpoint of an origin or the same one again). A checkpoint of the same \
                size with another root (a split view), a smaller one, or one the proof does not lead to is \
                refused (exit 4, one line) and the state is kept. Otherwise the checkpoint is appended to the \
                state (--state DIR, synced before anything is printed) and printed with the witness's \
                cosignature line (C2SP tlog-cosignature, Ed25519) added.
                """)
        case .witnessCheckpoint: Phrase(zh: "区域的签名检查点文件;`-` 表示从标准输入读。", en: "The zone's signed checkpoint file; - reads standard input.")
        case .witnessProof:
            Phrase(zh: "从上次联署的检查点起的一致性证明(`taizhang prove --from` 输出的 JSON)。", en: "The consistency proof from the last cosigned checkpoint (JSON from `taizhang prove --from`).")
        case .witnessKey: Phrase(zh: "见证人的签名私钥文件(`taizhang keygen --witness`)。", en: "The witness's signing key file (`taizhang keygen --witness`).")
        case .witnessZoneKey: Phrase(zh: "区域的验证公钥(`NAME+KEYHASH+BASE64`,或存放它的文件)。", en: "The zone's verifier key (NAME+KEYHASH+BASE64, or a file holding it).")
        case .witnessState: Phrase(zh: "见证人的状态目录:按来源记下它联署过的检查点,只追加。", en: "The witness's state folder: what it cosigned, per origin, append-only.")
        case .publishDiscussion:
            Phrase(zh: """
                发送省里所存该来源最后一个序号之后的事件(连同其记录信封)和检查点(加 --sign 时签名)。在同一个事务里:\
                省里所存的最后一个事件必须是本台账的(否则拒绝,退出状态 4,并指出第一个不同的序号),新检查点必须延续\
                所存的最后一个。再发布一次什么也不改变。要么全部写入,要么什么也不写。
                """,
                   en: """
                Sends the events after the last sequence the province holds for the ledger's origin, with \
                their envelopes, and the checkpoint (signed with --sign). Inside the one transaction the \
                province's last event must be this ledger's (else: refused, exit 4, naming the first \
                sequence that differs) and the checkpoint must extend the last stored one. Publishing \
                again is a no-op. Nothing is written unless everything is.
                """)
        case .publishSign: Phrase(zh: "区域的签名私钥:为检查点签名,并登记其验证公钥。", en: "The zone's signing key: the checkpoint is signed, and its verifier key registered.")
        case .postgresURL: Phrase(zh: "省里的数据库,`postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE`。", en: "The province's database, postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE.")
        case .provinceInitAbstract: Phrase(zh: "建立汇总库的表和视图(见 README 的库表说明);再运行一次什么也不改变。", en: "Create the rollup's tables and views (see the README's schema); running it again changes nothing.")
        case .provinceInitDiscussion:
            Phrase(zh: "在一个事务里建立 `zones`、`events`、`checkpoints` 三张表和供报表工具用的视图;已有的保持不动。", en: "Creates the tables zones, events and checkpoints and the views for BI tools in one transaction; what exists is kept.")
        case .provinceVerifyAbstract:
            Phrase(zh: "根据各行重新计算每个区域的哈希链和树根,并与签名检查点和公钥核对。", en: "Recompute every zone's chain and tree heads from the rows; check them against the signed checkpoints and keys.")
        case .provinceVerifyDiscussion:
            Phrase(zh: "某一行、哈希链、树根或签名核验不通过时,退出状态 4,并用一行指出来源和序号。", en: "Exit 4 and one line naming the origin and sequence when a row, chain, tree head or signature does not verify.")
        case .provinceKeys:
            Phrase(zh: "各区域验证公钥的文件,每行一个 `NAME+KEYHASH+BASE64`(名称即来源);不给时用各区域登记的公钥。", en: "A file of zones' verifier keys, one NAME+KEYHASH+BASE64 a line (the name is the origin); else the keys zones registered.")
        case .provinceSummaryAbstract:
            Phrase(zh: "各区域某一期间的数字和全省合计,用各区域自己的汇总代码计算。", en: "Every zone's figures for a period and the province's totals, by the zones' own summary code.")
        case .provinceSummaryDiscussion:
            Phrase(zh: "每个区域一段,注明计算所依据的检查点,以及该区域的行是否核验通过。", en: "Each zone's line names the checkpoint it was computed at and whether its rows verified.")
        case .provinceSummaryPeriod:
            Phrase(zh: "期间:季度(`2021Q1`、`2021年一季度`)、半年(`2021H1`)、年(`2021`)或月(`2021-03`)。", en: "The period: a quarter (2021Q1), a half (2021H1), a year (2021) or a month (2021-03).")
        case .provinceSummaryKeys: Phrase(zh: "各区域验证公钥的文件(同 `province verify --keys`)。", en: "A file of zones' verifier keys (as `province verify --keys`).")
        case .provinceThreshold: Phrase(zh: "签约项目的门槛(默认 1亿元)。", en: "Threshold for signings (default `1亿元`).")
        case .provinceJSON: Phrase(zh: "输出 JSON,供程序读取。", en: "Machine-readable output.")
        case .provinceCSV: Phrase(zh: "输出 CSV,供电子表格用:每个区域一行,最后是合计。", en: "CSV for spreadsheets: one line a zone, then the total.")
        case .seeNestedHelp: Phrase(zh: "各子命令的详细帮助见 `{command}`。", en: "See '{command}' for detailed help.")
        case .vURL: Phrase(zh: "地址", en: "url")
        case .vKeyFile: Phrase(zh: "密钥文件", en: "key-file")
        case .vVerifierKey: Phrase(zh: "公钥", en: "vkey")
        case .vStateFolder: Phrase(zh: "目录", en: "folder")
        case .vProofFile: Phrase(zh: "证明文件", en: "proof")
        case .vCheckpointFile: Phrase(zh: "检查点文件", en: "checkpoint")
        }
    }
}
