import Foundation

extension RecordTable {
    /// The record with `id`, or a 404 that names `entity`.
    func require(_ id: UUID, _ entity: String) throws -> Record {
        guard let record = self[id] else {
            throw SandboxFailure.notFound("No \(entity) has the id '\(id.uuidString.lowercased())'.")
        }
        return record
    }

    /// Checks that `id`, when set, names a record; `key` is the body key it came from.
    func check(_ id: UUID?, key: String) throws {
        if let id, self[id] == nil { throw SandboxFailure.badRequest("'\(key)' does not name an existing record.") }
    }
}

/// Reads a partial-update body: only the keys present change.
struct UpdateBody {
    let body: [String: Any]

    /// Sets `field` from the string at `key` when the key is present (null clears it).
    func text(_ key: String, into field: inout String?) {
        guard body.has(key) else { return }
        field = body.string(key)
    }

    /// Sets a required text `field` when present; an empty or null value is refused.
    func requiredText(_ key: String, into field: inout String) throws {
        guard body.has(key) else { return }
        guard let value = body.string(key), !value.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw SandboxFailure.badRequest("'\(key)' cannot be empty.")
        }
        field = value
    }

    /// Sets `field` from the GUID at `key` when present, after checking it names a record of `table`.
    func reference<Record>(_ key: String, in table: RecordTable<Record>, into field: inout UUID) throws {
        guard let id = try body.guid(key) else { return }
        try table.check(id, key: key)
        field = id
    }

    /// Like ``reference(_:in:into:)`` for an optional link; null or the empty GUID clears it.
    func optionalReference<Record>(_ key: String, in table: RecordTable<Record>, into field: inout UUID?) throws {
        guard body.has(key) else { return }
        let id = try body.guid(key)
        try table.check(id, key: key)
        field = id
    }

    /// Replaces custom field values when the body sends `CustomFieldValues` (IIQ also wants
    /// `UpdateCustomFields: true`; the sandbox accepts the values either way).
    func customFields(into fields: inout [UUID: String]) throws {
        guard let values = body["CustomFieldValues"] as? [Any] else { return }
        for element in values {
            guard let value = element as? [String: Any], let field = try value.guid("CustomFieldTypeId") else {
                throw SandboxFailure.badRequest("Every custom field value needs a 'CustomFieldTypeId'.")
            }
            if value.string("Value") == nil, let complex = value["ComplexValue"] as? [Any],
                let data = try? JSONSerialization.data(withJSONObject: complex, options: [.sortedKeys])
            {
                fields[field] = String(decoding: data, as: UTF8.self)
            } else {
                fields[field] = value.string("Value")
            }
        }
    }
}
