import Foundation

/// Custom fields, their types and their values as IIQ sends them.
extension SandboxStore {
    /// A `CustomFieldType`.
    func json(customFieldType field: CustomFieldRecord) -> SandboxJSON {
        .object([
            ("CustomFieldTypeId", .id(field.typeID)), ("ProductId", .id(nil)), ("SiteId", .id(siteID)),
            ("Name", .string(field.name)), ("Description", .null), ("EditorType", .int(field.editorType)),
            ("Options", .text(field.options)), ("Configuration", .null), ("Scope", .string("Site")),
            ("IsRequired", .bool(false)), ("IsReadOnly", .bool(false)), ("IsPublic", .bool(true)),
            ("IsHidden", .bool(false)), ("HasSensitiveInformation", .bool(false)), ("MaxNumberOfInstances", .int(1)),
            ("EnabledByDefault", .bool(true)), ("DisplayOrder", .int(field.displayOrder)),
        ])
    }

    /// A `CustomField`: the type placed on an entity, with the type nested.
    func json(customField field: CustomFieldRecord) -> SandboxJSON {
        .object([
            ("CustomFieldId", .id(field.id)), ("SiteId", .id(siteID)), ("Scope", .string("Site")),
            ("CustomFieldTypeId", .id(field.typeID)), ("CustomFieldType", json(customFieldType: field)),
            ("EntityTypeId", .id(nil)), ("IsRequired", .bool(false)), ("IsReadOnly", .bool(false)),
            ("IsHidden", .bool(false)), ("DisplayOrder", .int(field.displayOrder)),
            ("EditorTypeId", .int(field.editorType)), ("Filters", .array([])),
        ])
    }

    /// One value, naming its owner (`AssetId`, `TicketId` or `UserId`). A complex field's text is
    /// JSON, sent both as `Value` and parsed as `ComplexValue`, as app fields come from IIQ.
    func customFieldValue(_ field: UUID, _ value: String, owner: (key: String, id: UUID)) -> SandboxJSON {
        let definition = customFieldDefinitions.rows.first { $0.typeID == field }
        var pairs: [(String, SandboxJSON)] = [
            (owner.key, .id(owner.id)), ("CustomFieldTypeId", .id(field)), ("Value", .string(value)),
            ("EditorTypeId", .int(definition?.editorType ?? 1)), ("IsHidden", .bool(false)),
        ]
        if definition?.isComplex == true, let data = value.data(using: .utf8),
            let parsed = try? JSONSerialization.jsonObject(with: data) as? [Any]
        {
            pairs.append(("ComplexValue", .array(parsed.map(SandboxJSON.init(any:)))))
        }
        return .object(pairs)
    }
}

extension SandboxJSON {
    /// A value `JSONSerialization` read.
    init(any value: Any) {
        switch value {
        case let text as String: self = .string(text)
        case let flag as Bool where !(value is Int): self = .bool(flag)
        case let number as NSNumber:
            let double = number.doubleValue
            self = Int(exactly: double).map(SandboxJSON.int) ?? .double(double)
        case let array as [Any]: self = .array(array.map(SandboxJSON.init(any:)))
        case let object as [String: Any]:
            self = .object(object.keys.sorted().map { ($0, SandboxJSON(any: object[$0] as Any)) })
        default: self = .null
        }
    }
}
