import Foundation

/// The types ``TapeDecoder`` reads straight off the tape instead of through their own `init(from:)`.
///
/// Found by comparing metadata pointers, and the value is bit-cast to `T` only when `T` is exactly
/// the type read. Nothing here names `Optional<T>`: in the decoder's unspecialized generic code,
/// every use of `T?` costs a runtime metadata lookup, once per field.
enum InPlaceType {
    case string, guid, timestamp, int, bool, double, uuid, jsonValue, date, decimal, url

    /// The in-place type `type` is, if any.
    @inline(__always)
    init?(_ type: Any.Type) {
        let id = ObjectIdentifier(type)
        if id == ObjectIdentifier(String.self) {
            self = .string
        } else if id == ObjectIdentifier(GUIDField.self) {
            self = .guid
        } else if id == ObjectIdentifier(TimestampField.self) {
            self = .timestamp
        } else if id == ObjectIdentifier(Int.self) {
            self = .int
        } else if id == ObjectIdentifier(Bool.self) {
            self = .bool
        } else if id == ObjectIdentifier(Double.self) {
            self = .double
        } else if id == ObjectIdentifier(UUID.self) {
            self = .uuid
        } else if id == ObjectIdentifier(IIQJSONValue.self) {
            self = .jsonValue
        } else if id == ObjectIdentifier(Date.self) {
            self = .date
        } else if id == ObjectIdentifier(Decimal.self) {
            self = .decimal
        } else if id == ObjectIdentifier(URL.self) {
            self = .url
        } else {
            return nil
        }
    }
}

extension TapeScalar {
    /// Whether the value is read in place as `type`. A timestamp is, only from a string: a .NET
    /// `Date` object or a mismatch goes through ``TimestampField``'s own decoding.
    @inline(__always)
    func readsInPlace(_ type: InPlaceType) -> Bool {
        type != .timestamp || kind == .string || kind == .escapedString
    }

    /// The value read as `type`, which is `T`.
    @inline(__always)
    func decode<T>(_ type: InPlaceType, as _: T.Type) throws -> T {
        switch type {
        case .string: unsafeBitCast(try string(), to: T.self)
        case .guid: unsafeBitCast(try guidField(), to: T.self)
        case .timestamp: unsafeBitCast(try timestampString(), to: T.self)
        case .int: unsafeBitCast(try integer(Int.self), to: T.self)
        case .bool: unsafeBitCast(try bool(), to: T.self)
        case .double: unsafeBitCast(try floatingPoint(Double.self), to: T.self)
        case .uuid: unsafeBitCast(try uuid(), to: T.self)
        case .jsonValue: unsafeBitCast(try jsonValue(), to: T.self)
        case .date: unsafeBitCast(try date(), to: T.self)
        case .decimal: unsafeBitCast(try decimal(), to: T.self)
        case .url: unsafeBitCast(try url(), to: T.self)
        }
    }
}
