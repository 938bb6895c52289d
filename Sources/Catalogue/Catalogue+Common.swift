/// Words every front end shares: the product, the roles of the two languages' names.
public enum CommonText: String, Phrasebook {
    case product
    case languageName

    public var phrase: Phrase {
        switch self {
        case .product: Phrase(zh: "台账", en: "Taizhang")
        case .languageName: Phrase(zh: "中文", en: "English")
        }
    }
}
