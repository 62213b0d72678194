import Foundation

/// A typed Incident IQ GUID: `IIQTicket.ID`, `IIQAsset.ID` and so on.
///
/// The phantom `Entity` keeps ids apart at compile time, so an asset id cannot be passed where a
/// ticket id is expected. Every model property that names an entity the SDK models holds its typed
/// id (`asset.siteID` is an `IIQSite.ID`, `issue.issueCategoryID` an `IIQIssueCategory.ID`), so it
/// passes straight to the calls that take one. On the wire it is a lowercase hyphenated GUID, and
/// the ids of things the SDK does not model, kept as plain `UUID`s, are written lowercase too.
public struct IIQIdentifier<Entity>: Hashable, Sendable, Comparable {
    /// The GUID.
    public let uuid: UUID

    /// Wraps a GUID.
    public init(_ uuid: UUID) { self.uuid = uuid }

    /// Parses a GUID string such as `3fa85f64-5717-4562-b3fc-2c963f66afa6`, in either case.
    /// Returns `nil` for anything else.
    public init?(_ string: String) {
        guard let uuid = GUID.parse(string) else { return nil }
        self.uuid = uuid
    }

    /// The all-zero GUID, which IIQ uses for "unset".
    public static var empty: IIQIdentifier {
        IIQIdentifier(UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)))
    }

    /// Whether this is the all-zero GUID.
    public var isEmpty: Bool {
        // Checked for every decoded id, so compare the bytes instead of building an empty UUID.
        withUnsafeBytes(of: uuid.uuid) { $0.allSatisfy { $0 == 0 } }
    }

    /// Orders ids by their lowercase text.
    public static func < (lhs: IIQIdentifier, rhs: IIQIdentifier) -> Bool { lhs.description < rhs.description }
}

extension IIQIdentifier: CustomStringConvertible {
    /// The lowercase GUID, as IIQ writes it.
    public var description: String { uuid.uuidString.lowercased() }
}

extension IIQIdentifier: Codable {
    /// Reads a GUID string.
    public init(from decoder: any Decoder) throws {
        self.init(try GUIDField(from: decoder).uuid)
    }

    /// Writes the lowercase GUID.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
