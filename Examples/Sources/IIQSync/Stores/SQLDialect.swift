import Foundation

/// What differs between SQLite and PostgreSQL in the statements the stores run: type names and
/// placeholders. Upserts (`ON CONFLICT … DO UPDATE`) read the same in both.
enum SQLDialect: Sendable {
    case sqlite
    case postgres

    /// The most values bound in one statement: below SQLite's 32,766 and PostgreSQL's 65,535.
    static let maximumBindings = 30_000

    func typeName(_ type: SyncColumnType) -> String {
        switch (self, type) {
        case (.sqlite, .uuid), (.sqlite, .text), (.sqlite, .timestamp), (.postgres, .text): "TEXT"
        case (.sqlite, .integer), (.sqlite, .boolean): "INTEGER"
        case (.sqlite, .real): "REAL"
        case (.postgres, .uuid): "UUID"
        case (.postgres, .integer): "BIGINT"
        case (.postgres, .real): "DOUBLE PRECISION"
        case (.postgres, .boolean): "BOOLEAN"
        case (.postgres, .timestamp): "TIMESTAMPTZ"
        }
    }

    /// The `index`th placeholder, counting from 1.
    func placeholder(_ index: Int) -> String {
        switch self {
        case .sqlite: "?"
        case .postgres: "$\(index)"
        }
    }

    /// `CREATE TABLE IF NOT EXISTS` and `CREATE INDEX IF NOT EXISTS` for `table`.
    func create(_ table: SyncTable) -> [String] {
        var parts = table.columns.map { column in
            "\(column.name) \(typeName(column.type))\(column.isNullable ? "" : " NOT NULL")"
        }
        parts.append("PRIMARY KEY (\(table.primaryKey.joined(separator: ", ")))")
        for column in table.columns {
            if let target = column.references { parts.append("FOREIGN KEY (\(column.name)) REFERENCES \(target) (id)") }
        }
        var statements = ["CREATE TABLE IF NOT EXISTS \(table.name) (\n    \(parts.joined(separator: ",\n    "))\n)"]
        let indexed = table.indexes + table.columns.compactMap { $0.references == nil ? nil : $0.name }
        for column in Set(indexed).sorted() {
            statements.append("CREATE INDEX IF NOT EXISTS \(table.name)_\(column) ON \(table.name) (\(column))")
        }
        return statements
    }

    /// Upserts of `rows` (each `table.columns.count` values) into `table`, as few statements as the
    /// binding limit allows. Rows must have distinct keys within one statement.
    func upsert(
        into table: SyncTable, rows: [[IIQSyncValue]], updating: [String: String] = [:]
    ) -> [SQLStatement] {
        let columns = table.columns.map(\.name)
        let keys = Set(table.primaryKey)
        let assignments = columns.filter { !keys.contains($0) }.map { column in
            "\(column) = \(updating[column] ?? "excluded.\(column)")"
        }
        let conflict = assignments.isEmpty ? "DO NOTHING" : "DO UPDATE SET " + assignments.joined(separator: ", ")
        let perStatement = max(1, Self.maximumBindings / max(columns.count, 1))
        return stride(from: 0, to: rows.count, by: perStatement).map { start in
            let chunk = rows[start..<min(start + perStatement, rows.count)]
            var index = 0
            let tuples = chunk.map { _ in
                "("
                    + columns.map { _ in
                        index += 1
                        return placeholder(index)
                    }.joined(separator: ", ") + ")"
            }
            return SQLStatement(
                sql: "INSERT INTO \(table.name) (\(columns.joined(separator: ", "))) VALUES "
                    + tuples.joined(separator: ", ")
                    + " ON CONFLICT (\(table.primaryKey.joined(separator: ", "))) \(conflict)",
                values: chunk.flatMap { $0 })
        }
    }

    /// The statements that write `batch`: the rows, their custom field values (replaced, except those
    /// of fields the tenant removed, which are kept), and the state.
    func statements(for batch: IIQSyncBatch) -> [SQLStatement] {
        guard let table = SyncSchema.table(of: batch.entity) else { return [] }
        var latest: [UUID: IIQSyncRow] = [:]
        var order: [UUID] = []
        for row in batch.rows {
            if latest.updateValue(row, forKey: row.id) == nil { order.append(row.id) }
        }
        let rows = order.compactMap { latest[$0] }
        let stamped = rows.map { row in
            row.values + [
                .timestamp(batch.date), row.isDeleted ? .timestamp(batch.date) : .null, .integer(batch.sweep),
            ]
        }
        // A row IIQ flags deleted keeps the time it was first seen deleted.
        let deletedAt =
            "CASE WHEN excluded.deleted_at IS NULL THEN NULL ELSE COALESCE(\(table.name).deleted_at, excluded.deleted_at) END"
        var statements = upsert(into: table, rows: stamped, updating: ["deleted_at": deletedAt])

        let owners = rows.filter { $0.customFields != nil }.map(\.id)
        if !owners.isEmpty {
            let perStatement = Self.maximumBindings - 1
            for start in stride(from: 0, to: owners.count, by: perStatement) {
                let chunk = owners[start..<min(start + perStatement, owners.count)]
                let list = chunk.indices.map { placeholder($0 - start + 2) }.joined(separator: ", ")
                statements.append(
                    SQLStatement(
                        sql: "DELETE FROM \(SyncSchema.customFieldValues.name) WHERE entity = \(placeholder(1)) "
                            + "AND record_id IN (\(list)) AND field_id NOT IN "
                            + "(SELECT id FROM \(IIQSyncEntity.customFields.table) WHERE deleted_at IS NOT NULL)",
                        values: [.text(batch.entity.table)] + chunk.map { .uuid($0) }))
            }
            var values: [[IIQSyncValue]] = []
            for row in rows {
                var seen = Set<UUID>()
                for value in row.customFields ?? [] where seen.insert(value.fieldID).inserted {
                    values.append([
                        .text(batch.entity.table), .uuid(row.id), .uuid(value.fieldID), .of(value.value),
                        .of(value.complexValue), .timestamp(batch.date),
                    ])
                }
            }
            statements += upsert(into: SyncSchema.customFieldValues, rows: values)
        }
        if let state = batch.state { statements += save(state) }
        return statements
    }

    /// Saves `state`.
    func save(_ state: IIQSyncState) -> [SQLStatement] {
        upsert(
            into: SyncSchema.syncState,
            rows: [
                [
                    .text(state.entity.table), .of(state.checkpointText), .integer(state.sweep),
                    .of(state.sweepInProgress), .integer(state.runsSinceSweep), .of(state.lastRunAt),
                    .of(state.lastSweepAt),
                ]
            ])
    }

    /// Marks the rows of `entity` that sweep `sweep` did not see, and not yet marked, as deleted at `date`.
    func markMissing(_ entity: IIQSyncEntity, sweep: Int, at date: Date) -> SQLStatement {
        SQLStatement(
            sql: "UPDATE \(entity.table) SET deleted_at = \(placeholder(1)) "
                + "WHERE seen_in_sweep < \(placeholder(2)) AND deleted_at IS NULL",
            values: [.timestamp(date), .integer(sweep)])
    }

    /// Reads one entity's state: `checkpoint, sweep, sweep_in_progress, runs_since_sweep, last_run_at,
    /// last_sweep_at`.
    func selectState(_ entity: IIQSyncEntity) -> SQLStatement {
        SQLStatement(
            sql: "SELECT checkpoint, sweep, sweep_in_progress, runs_since_sweep, last_run_at, last_sweep_at "
                + "FROM sync_state WHERE entity = \(placeholder(1))",
            values: [.text(entity.table)])
    }

    /// Counts the rows of `entity`.
    func count(_ entity: IIQSyncEntity, includingDeleted: Bool) -> SQLStatement {
        SQLStatement(
            sql: "SELECT COUNT(*) FROM \(entity.table)" + (includingDeleted ? "" : " WHERE deleted_at IS NULL"),
            values: [])
    }
}
