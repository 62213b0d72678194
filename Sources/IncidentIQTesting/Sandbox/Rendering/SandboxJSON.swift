import Foundation

/// A JSON document the sandbox writes, with object keys kept in the order IIQ sends them.
///
/// The sandbox builds responses as trees so that shape-drift faults can drop or add keys before the
/// bytes are written, and writes them with a small serializer that is fast enough to page through
/// 100,000 assets.
enum SandboxJSON: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([SandboxJSON])
    case object([(String, SandboxJSON)])

    static func == (lhs: SandboxJSON, rhs: SandboxJSON) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.int(let a), .int(let b)): a == b
        case (.double(let a), .double(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)): a.map(\.0) == b.map(\.0) && a.map(\.1) == b.map(\.1)
        default: false
        }
    }

    /// A lowercase hyphenated GUID, as IIQ writes them; the empty GUID when `id` is nil.
    static func id(_ id: UUID?) -> SandboxJSON {
        .string((id ?? SandboxIDs.empty).uuidString.lowercased())
    }

    /// A zone-less timestamp with 0 to 3 trimmed fractional digits; `0001-01-01T00:00:00` when nil.
    static func date(_ date: Date?) -> SandboxJSON {
        .string(date.map(SandboxDateFormat.zoneless) ?? SandboxDateFormat.dotNetDefault)
    }

    /// A string, or null.
    static func text(_ value: String?) -> SandboxJSON {
        value.map(SandboxJSON.string) ?? .null
    }

    /// The serialized bytes.
    var bytes: [UInt8] {
        var writer = SandboxJSONWriter()
        writer.write(self)
        return writer.output
    }

    /// The serialized bytes as `Data`.
    var data: Data { Data(bytes) }
}

/// Well-known GUIDs.
enum SandboxIDs {
    /// `00000000-0000-0000-0000-000000000000`, IIQ's "unset".
    static let empty = UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))
}

/// Writes ``SandboxJSON`` compactly.
struct SandboxJSONWriter {
    private(set) var output: [UInt8] = []

    init(reservingCapacity capacity: Int = 1024) {
        output.reserveCapacity(capacity)
    }

    mutating func write(_ value: SandboxJSON) {
        switch value {
        case .null: append("null")
        case .bool(let flag): append(flag ? "true" : "false")
        case .int(let number): append(String(number))
        case .double(let number):
            append(number.isFinite ? String(number) : "null")
        case .string(let text): writeString(text)
        case .array(let elements):
            output.append(UInt8(ascii: "["))
            for (index, element) in elements.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                write(element)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let pairs):
            output.append(UInt8(ascii: "{"))
            for (index, pair) in pairs.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                writeString(pair.0)
                output.append(UInt8(ascii: ":"))
                write(pair.1)
            }
            output.append(UInt8(ascii: "}"))
        }
    }

    private mutating func append(_ text: String) {
        output.append(contentsOf: text.utf8)
    }

    private mutating func writeString(_ text: String) {
        output.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): append("\\\"")
            case UInt8(ascii: "\\"): append("\\\\")
            case UInt8(ascii: "\n"): append("\\n")
            case UInt8(ascii: "\r"): append("\\r")
            case UInt8(ascii: "\t"): append("\\t")
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                output.append(contentsOf: Array("\\u00".utf8))
                output.append(hex[Int(byte >> 4)])
                output.append(hex[Int(byte & 0xF)])
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
