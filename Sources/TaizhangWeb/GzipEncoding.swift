internal import SystemZlib
public import NIOCore

/// `Content-Encoding: gzip` for the API's large answers: zlib's deflate in a gzip wrapper, and
/// whether a request's `Accept-Encoding` takes it.
///
/// A summary at a million events is 750 KB of JSON that compresses about tenfold; it is
/// compressed once per ledger head (kept in `ResponseCache` beside the plain bytes), so the
/// cost is one compression per batch, not one per request. The output is deterministic (no
/// file name, time 0), so the same answer is the same bytes, which `Tools/bench-web` compares.
enum GzipEncoding {
    /// `bytes` as one gzip member (RFC 1952) at zlib's default level.
    static func encode(_ bytes: ByteBuffer) -> ByteBuffer? {
        var stream = z_stream()
        // 15 + 16: the largest window, with the gzip header and trailer instead of zlib's.
        guard deflateInit2_(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY,
                            ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { deflateEnd(&stream) }
        let input = Array(bytes.readableBytesView)
        var out = [UInt8](repeating: 0, count: Int(deflateBound(&stream, uLong(input.count))) + 32)
        let result: Int32 = input.withUnsafeBufferPointer { i in
            out.withUnsafeMutableBufferPointer { o in
                stream.next_in = UnsafeMutablePointer(mutating: i.baseAddress)
                stream.avail_in = uInt(i.count)
                stream.next_out = o.baseAddress
                stream.avail_out = uInt(o.count)
                // All the input and room for its bound: one call ends the stream.
                return deflate(&stream, Z_FINISH)
            }
        }
        guard result == Z_STREAM_END else { return nil }
        return ByteBuffer(bytes: out.prefix(Int(stream.total_out)))
    }

    /// Whether `Accept-Encoding` names gzip (or `*`) without `q=0`.
    static func accepted(_ header: String?) -> Bool {
        guard let header else { return false }
        for item in header.split(separator: ",") {
            let parts = item.split(separator: ";").map { $0.trimmingSpaces().lowercased() }
            guard let coding = parts.first, coding == "gzip" || coding == "x-gzip" || coding == "*" else { continue }
            let q = parts.dropFirst().first { $0.hasPrefix("q=") }.flatMap { Double($0.dropFirst(2)) }
            if q.map({ $0 > 0 }) ?? true { return true }
        }
        return false
    }
}
