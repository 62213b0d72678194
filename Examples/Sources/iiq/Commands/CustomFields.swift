import ArgumentParser
import Foundation
import IncidentIQ

/// `iiq custom-fields`: the custom fields set up for assets, tickets and users.
struct CustomFields: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "custom-fields", abstract: "List the custom fields of assets, tickets or users.")

    @Option(name: .customLong("for"), help: "Only the fields of assets, tickets or users.") var kind: RecordKind?
    @OptionGroup var output: FormatOptions

    /// One field: where it is, its name, how it is edited, its choices.
    struct Row: Encodable {
        var kind: String
        var name: String
        var editor: String
        var choices: [String]
        var typeID: String

        enum CodingKeys: String, CodingKey {
            case kind = "For"
            case name = "Name"
            case editor = "Editor"
            case choices = "Choices"
            case typeID = "CustomFieldTypeId"
        }
    }

    func run() async throws {
        try await Session.run { client in
            let printer = RecordPrinter<Row>(
                output.format,
                columns: [
                    Column("For") { $0.kind }, Column("Name") { $0.name }, Column("Editor") { $0.editor },
                    Column("Choices") { $0.choices.joined(separator: " | ") }, Column("Type Id") { $0.typeID },
                ])
            for kind in kind.map({ [$0] }) ?? RecordKind.allCases {
                for field in try await client.customFields.definitions(for: kind.customFieldEntity) {
                    try printer.add(
                        Row(
                            kind: kind.rawValue, name: field.name ?? "", editor: Self.editorName(field.editorType),
                            choices: field.choices, typeID: field.valueKey?.description ?? ""))
                }
            }
            printer.finish()
        }
    }

    /// A readable name for the editors people meet most, else the number IIQ sends.
    static func editorName(_ editor: IIQCustomFieldEditorType?) -> String {
        guard let editor else { return "" }
        let names: [IIQCustomFieldEditorType: String] = [
            .text: "text", .multilineText: "multiline text", .richText: "rich text", .number: "number",
            .date: "date", .onOff: "on/off", .select: "select", .multiSelect: "multi-select", .email: "email",
            .phone: "phone", .address: "address", .user: "user", .location: "location", .asset: "asset",
        ]
        return names[editor] ?? (editor.isComplex ? "complex (\(editor.rawValue))" : "type \(editor.rawValue)")
    }
}
