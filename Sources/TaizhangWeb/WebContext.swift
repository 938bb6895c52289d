public import Hummingbird
public import Catalogue

/// What a request carries through the middlewares: the session (if any) and the language.
public struct WebContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Set by `SessionMiddleware` from the cookie; nil for a visitor.
    public var session: Session?
    /// `?lang=`, else the `lang` cookie, else Chinese.
    public var language: Language = .zh

    public init(source: Source) {
        coreContext = .init(source: source)
    }
}
