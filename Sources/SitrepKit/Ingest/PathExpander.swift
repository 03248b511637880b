#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns the paths a user typed into the files to read: a folder becomes its files, recursively
/// and sorted by name, without hidden entries (`.git`, `.DS_Store`); a file named explicitly is
/// taken even when hidden. Nothing is opened, so the plan is cheap even for a large archive.
struct PathExpander {
    private(set) var plan = InputPlan()
    private var seen = Set<String>()

    mutating func add(_ path: String) {
        if path == "-" {
            append(InputFile.standardInput)
            return
        }
        guard let status = fileStatus(path) else {
            plan.errors.append(IngestError(source: path, reason: systemErrorDescription(errno)))
            return
        }
        if isDirectory(status) {
            var ancestors = Set<DirectoryIdentity>()
            walk(directory: path, status: status, ancestors: &ancestors)
        } else {
            append(InputFile(path: path, size: isRegularFile(status) ? Int(status.st_size) : nil))
        }
    }

    private mutating func append(_ file: InputFile) {
        guard seen.insert(file.path).inserted else { return }
        plan.files.append(file)
        plan.totalBytes += file.size ?? 0
    }

    /// Device and inode of a folder, to stop at a symbolic link that loops back to an ancestor.
    private struct DirectoryIdentity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    private mutating func walk(directory: String, status: stat, ancestors: inout Set<DirectoryIdentity>) {
        let identity = DirectoryIdentity(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
        guard ancestors.insert(identity).inserted else { return }
        defer { ancestors.remove(identity) }

        let names: [String]
        switch visibleEntries(of: directory) {
        case .success(let entries): names = entries
        case .failure(let failure):
            plan.errors.append(IngestError(source: directory, reason: failure.reason))
            return
        }
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        for name in names {
            let path = base + name
            guard let entryStatus = fileStatus(path) else {
                plan.errors.append(IngestError(source: path, reason: systemErrorDescription(errno)))
                continue
            }
            if isDirectory(entryStatus) {
                walk(directory: path, status: entryStatus, ancestors: &ancestors)
            } else if isRegularFile(entryStatus) {
                append(InputFile(path: path, size: Int(entryStatus.st_size)))
            }
            // Sockets, devices and pipes inside a folder are not articles; one named explicitly is read.
        }
    }

    private struct ListingFailure: Error {
        var reason: String
    }

    /// The names in a folder that do not start with a dot, in byte order so runs are repeatable.
    private func visibleEntries(of directory: String) -> Result<[String], ListingFailure> {
        guard let handle = opendir(directory) else {
            return .failure(ListingFailure(reason: systemErrorDescription(errno)))
        }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) {
                    String(cString: $0)
                }
            }
            if !name.hasPrefix(".") { names.append(name) }
        }
        names.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        return .success(names)
    }

    /// `stat` through symbolic links; nil with `errno` set when the path cannot be reached.
    private func fileStatus(_ path: String) -> stat? {
        var status = stat()
        return stat(path, &status) == 0 ? status : nil
    }

    private func isDirectory(_ status: stat) -> Bool {
        (status.st_mode & S_IFMT) == S_IFDIR
    }

    private func isRegularFile(_ status: stat) -> Bool {
        (status.st_mode & S_IFMT) == S_IFREG
    }
}
