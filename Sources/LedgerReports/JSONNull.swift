internal import Foundation

enum JSONNull {
    static var value: Any { NSNull() }
}
