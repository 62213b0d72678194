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
    /// A GUID, written lowercase and hyphenated straight into the output, with no string in between.
    case guid(UUID)
    /// A zone-less timestamp (``SandboxDateFormat/zoneless(_:)``), written straight into the output.
    case timestamp(Date)
    case array([SandboxJSON])
    case object([(String, SandboxJSON)])
    /// A value already written (``SandboxRenderCache``), copied into the output as it is. Shape
    /// drift cannot look inside it, so answers that drift are rendered without the cache.
    case rendered(SandboxRendered)

    static func == (lhs: SandboxJSON, rhs: SandboxJSON) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case (.bool(let a), .bool(let b)): a == b
        case (.int(let a), .int(let b)): a == b
        case (.double(let a), .double(let b)): a == b
        case (.string(let a), .string(let b)): a == b
        case (.guid(let a), .guid(let b)): a == b
        case (.timestamp(let a), .timestamp(let b)): a == b
        case (.array(let a), .array(let b)): a == b
        case (.object(let a), .object(let b)): a.map(\.0) == b.map(\.0) && a.map(\.1) == b.map(\.1)
        case (.rendered(let a), _): a.bytes == rhs.bytes
        case (_, .rendered(let b)): lhs.bytes == b.bytes
        default: false
        }
    }

    /// A lowercase hyphenated GUID, as IIQ writes them; the empty GUID when `id` is nil.
    static func id(_ id: UUID?) -> SandboxJSON {
        .guid(id ?? SandboxIDs.empty)
    }

    /// A zone-less timestamp with 0 to 3 trimmed fractional digits; `0001-01-01T00:00:00` when nil.
    static func date(_ date: Date?) -> SandboxJSON {
        date.map(SandboxJSON.timestamp) ?? .string(SandboxDateFormat.dotNetDefault)
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

    /// Whether `a` sorts before `b` by their text (`uuidString`): the order of their bytes.
    static func precedes(_ a: UUID, _ b: UUID) -> Bool {
        withUnsafeBytes(of: a.uuid) { a in
            withUnsafeBytes(of: b.uuid) { b in a.lexicographicallyPrecedes(b) }
        }
    }
}

/// Writes ``SandboxJSON`` compactly.
///
/// The sandbox server renders every page a benchmark walks, in the benchmark's process, so this is
/// written for speed: strings are copied a run of plain bytes at a time, and GUIDs and integers are
/// written as bytes, with no `String` formatting (`uuidString` goes through `vfprintf`).
struct SandboxJSONWriter {
    private(set) var output: [UInt8] = []

    init(reservingCapacity capacity: Int = 1024) {
        output.reserveCapacity(capacity)
    }

    mutating func write(_ value: SandboxJSON) {
        switch value {
        case .null: append("null")
        case .bool(let flag): append(flag ? "true" : "false")
        case .int(let number): writeInteger(number)
        case .double(let number):
            append(number.isFinite ? String(number) : "null")
        case .string(let text): writeString(text)
        case .guid(let id): writeGUID(id)
        case .timestamp(let date):
            output.append(UInt8(ascii: "\""))
            SandboxDateFormat.write(date, into: &output)
            output.append(UInt8(ascii: "\""))
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
        case .rendered(let rendered):
            output.append(contentsOf: rendered.bytes)
        }
    }

    private mutating func append(_ text: String) {
        output.append(contentsOf: text.utf8)
    }

    private mutating func writeString(_ text: String) {
        output.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var start = 0
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                writeEscape(byte)
                start = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
        output.append(UInt8(ascii: "\""))
    }

    private mutating func writeEscape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): append("\\\"")
        case UInt8(ascii: "\\"): append("\\\\")
        case UInt8(ascii: "\n"): append("\\n")
        case UInt8(ascii: "\r"): append("\\r")
        case UInt8(ascii: "\t"): append("\\t")
        default:
            output.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
            output.append(Self.hexDigit(byte >> 4))
            output.append(Self.hexDigit(byte & 0xF))
        }
    }

    /// `"xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"`, lowercase.
    private mutating func writeGUID(_ id: UUID) {
        output.append(UInt8(ascii: "\""))
        withUnsafeBytes(of: id.uuid) { bytes in
            for (index, byte) in bytes.enumerated() {
                if index == 4 || index == 6 || index == 8 || index == 10 { output.append(UInt8(ascii: "-")) }
                output.append(Self.hexDigit(byte >> 4))
                output.append(Self.hexDigit(byte & 0xF))
            }
        }
        output.append(UInt8(ascii: "\""))
    }

    private mutating func writeInteger(_ number: Int) {
        guard number != 0 else {
            output.append(UInt8(ascii: "0"))
            return
        }
        if number < 0 { output.append(UInt8(ascii: "-")) }
        var magnitude = number.magnitude
        // Up to 20 digits, written backwards, in 24 bytes: `magnitude` is a `UInt64` at most, whose largest
        // value has 20 decimal digits, so `count` never passes 20 and every index is inside the buffer.
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            while magnitude > 0 {
                buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            }
            for index in stride(from: count - 1, through: 0, by: -1) { output.append(buffer[index]) }
        }
    }

    @inline(__always)
    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") - 10 + value
    }
}
