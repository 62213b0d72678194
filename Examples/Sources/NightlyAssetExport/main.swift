// A nightly job: every asset of the tenant to a CSV file, streamed page by page.
//
//   IIQ_API_TOKEN=… swift run --package-path Examples NightlyAssetExport assets.csv
//
// Without IIQ_API_TOKEN it exports the built-in sandbox district. The file is written beside its
// final name and moved into place at the end, so a failed night never leaves half a file behind.
import Foundation
import IncidentIQ
import IncidentIQTesting

let destination = URL(fileURLWithPath: CommandLine.arguments.dropFirst().first ?? "assets.csv")

func makeClient() throws -> IIQClient {
    if ProcessInfo.processInfo.environment["IIQ_API_TOKEN"]?.isEmpty == false { return try IIQClient.fromEnvironment() }
    FileHandle.standardError.write(Data("IIQ_API_TOKEN is not set: exporting the sandbox district.\n".utf8))
    return try IIQSandbox(district: IIQSandboxDistrict(seed: 1, assets: 2_000)).makeClient()
}

func csv(_ fields: [String?]) -> String {
    fields.map { value in
        let text = value ?? ""
        guard text.contains(where: { ",\"\n\r".contains($0) }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }.joined(separator: ",") + "\n"
}

do {
    let client = try makeClient()
    let partial = destination.appendingPathExtension("partial")
    guard FileManager.default.createFile(atPath: partial.path, contents: nil) else {
        FileHandle.standardError.write(Data("cannot write \(partial.path)\n".utf8))
        exit(1)
    }
    let file = try FileHandle(forWritingTo: partial)
    file.write(
        Data(csv(["AssetTag", "SerialNumber", "Model", "Status", "Owner", "OwnerEmail", "Location", "AssetId"]).utf8))
    var rows = 0
    // 1,000 assets per request; the SDK fetches the next page while this one is written.
    for try await asset in client.assets.search(IIQAssetQuery(pageSize: 1000)) {
        file.write(
            Data(
                csv([
                    asset.assetTag, asset.serialNumber, asset.model?.name, asset.status?.name, asset.owner?.name,
                    asset.owner?.email, asset.location?.name, asset.id.description,
                ]).utf8))
        rows += 1
    }
    try file.close()
    _ = try? FileManager.default.removeItem(at: destination)
    try FileManager.default.moveItem(at: partial, to: destination)
    print("Exported \(rows) assets to \(destination.path).")
} catch {
    // IIQError messages say what failed and what to do, and never contain the token.
    FileHandle.standardError.write(Data("export failed: \(error)\n".utf8))
    exit(1)
}
