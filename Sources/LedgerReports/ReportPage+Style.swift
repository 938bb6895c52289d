internal import Crypto
internal import Foundation

extension ReportPage {
    /// SHA-256 of the report's one inline style sheet, base64, as a Content-Security-Policy names it.
    ///
    /// A server that sends the report under `style-src 'self'` allows exactly this sheet by its
    /// hash rather than every inline style (`'unsafe-inline'`).
    public static let styleSHA256Base64: String = Data(SHA256.hash(data: Data(ReportStyle.css.render().utf8))).base64EncodedString()
}
