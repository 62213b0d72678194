// A start-of-year job: set each student's grade and homeroom from a CSV file of
// `SchoolIdNumber,Grade,Homeroom`, changing only what differs. `--dry-run` prints the plan only.
//
//   IIQ_API_TOKEN=… swift run --package-path Examples SyncUserGrades roster.csv --dry-run
//
// Without IIQ_API_TOKEN it runs on the sandbox, with a roster that moves five students up a grade.
import Foundation
import IncidentIQ
import IncidentIQTesting

struct RosterRow {
    var schoolID: String
    var grade: String
    var homeroom: String?
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("\(message)\n".utf8))
    exit(1)
}

/// Reads the roster; a malformed line stops the job before anything changes.
func readRoster(_ text: String) -> [RosterRow] {
    var rows: [RosterRow] = []
    for (number, line) in text.split(whereSeparator: \.isNewline).enumerated() where number > 0 {
        let fields = line.split(separator: ",", omittingEmptySubsequences: false).map {
            $0.trimmingCharacters(in: .whitespaces)
        }
        guard fields.count >= 2, !fields[0].isEmpty, !fields[1].isEmpty else {
            fail("roster line \(number + 1) needs SchoolIdNumber,Grade[,Homeroom]: \(line)")
        }
        rows.append(
            RosterRow(
                schoolID: fields[0], grade: fields[1],
                homeroom: fields.count > 2 && !fields[2].isEmpty ? fields[2] : nil))
    }
    return rows
}

let arguments = CommandLine.arguments.dropFirst()
let dryRun = arguments.contains("--dry-run")
let path = arguments.first { !$0.hasPrefix("--") }

do {
    let client: IIQClient
    let roster: [RosterRow]
    if ProcessInfo.processInfo.environment["IIQ_API_TOKEN"]?.isEmpty == false {
        guard let path else { fail("usage: SyncUserGrades <roster.csv> [--dry-run]") }
        client = try IIQClient.fromEnvironment()
        roster = readRoster(try String(contentsOfFile: path, encoding: .utf8))
    } else {
        FileHandle.standardError.write(Data("IIQ_API_TOKEN is not set: using the sandbox.\n".utf8))
        client = try IIQSandbox().makeClient()
        let students = try await client.users.search(filters: [IIQFilter(facet: "role", value: "Student")]).first(5)
        roster = students.compactMap { student in
            guard let id = student.schoolIdNumber, let grade = student.grade.flatMap(Int.init) else { return nil }
            return RosterRow(schoolID: id, grade: String(format: "%02d", min(grade + 1, 12)), homeroom: "2\(grade)0")
        }
    }

    // One pass over the users builds the index; then one update per student whose values differ.
    let wanted = Dictionary(roster.map { ($0.schoolID, $0) }, uniquingKeysWith: { _, last in last })
    var changes: [(IIQUser, IIQUserUpdate)] = []
    for try await user in client.users.search(IIQUserQuery(pageSize: 1000)) {
        guard let id = user.schoolIdNumber, let row = wanted[id] else { continue }
        var update = IIQUserUpdate()
        if user.grade != row.grade { update.grade = row.grade }
        if let homeroom = row.homeroom, user.homeroom != homeroom { update.homeroom = homeroom }
        if update.grade != nil || update.homeroom != nil { changes.append((user, update)) }
    }
    for (user, update) in changes {
        let summary =
            "\(user.name ?? user.id.description): grade \(user.grade ?? "-") → \(update.grade ?? user.grade ?? "-")"
            + ", homeroom \(user.homeroom ?? "-") → \(update.homeroom ?? user.homeroom ?? "-")"
        if dryRun {
            print("would change \(summary)")
        } else {
            _ = try await client.users.update(user.id, with: update)
            print("changed \(summary)")
        }
    }
    print(
        "\(changes.count) of \(roster.count) roster rows need a change\(dryRun ? " (dry run: nothing was changed)" : "")."
    )
} catch {
    fail("sync failed: \(error)")
}
