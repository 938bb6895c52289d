import Foundation
import Testing
@testable import LedgerReports

/// The direct writer of flat objects gives `JSONSerialization`'s bytes, or declines.
@Suite struct FlatJSONTests {
    static func serialized(_ object: Any) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]),
               as: UTF8.self)
    }

    @Test func flatObjectsAreTheSerializersBytes() throws {
        var controls = ""
        for c in 0..<32 { controls.unicodeScalars.append(Unicode.Scalar(UInt8(c))) }
        let objects: [[String: Any]] = [
            [:],
            ["format": "taizhang.proof/1", "tree_size": UInt64(1_000_000), "leaf_index": 499_999, "path": ["ab", "cd", "ef"]],
            ["path": [String](), "old_tree_size": Int64(-3), "z": "", "a": "赣江新区/GJ-2021-001 \"引号\" \\ é \u{2028} \u{7f}"],
            ["controls": controls, "one": ["x"], "slash": "a/b"],
        ]
        for object in objects {
            let direct = try #require(FlatJSON.render(object))
            #expect(direct == (try Self.serialized(object)), "\(Array(direct.utf8))")
            #expect(JSONText.render(object) == direct)
        }
    }

    @Test func anythingElseGoesToTheSerializer() throws {
        let nested: [String: Any] = ["a": ["b": 1], "n": 2]
        #expect(FlatJSON.render(nested) == nil)
        #expect(FlatJSON.render(["rate": 0.5]) == nil)
        #expect(FlatJSON.render(["flag": true]) == nil)
        #expect(FlatJSON.render(["名称": "x"]) == nil)
        #expect(JSONText.render(nested) == (try Self.serialized(nested)))
        #expect(JSONText.render(["flag": true]) == (try Self.serialized(["flag": true])))
    }
}
