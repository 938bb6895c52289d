/// The projects one import has seen, each given a small number on first sight.
///
/// The writer keeps each touched project's state in a flat array under that number instead of
/// a dictionary keyed by the project's String: the one lookup a row needs is made where
/// the row is prepared, on the parsing thread (`RowPreparer`), and the writer indexes an array.
/// Used by one thread at a time: the parsing thread while a prepared source is read, else the
/// writer (rows handed in unprepared).
///
/// The numbers are `ProjectNumbers`' (by the id's bytes, one number per equal String), as
/// `verify` and `rebuild` number projects.
final class ProjectIds: @unchecked Sendable {
    private var numbers = ProjectNumbers()

    var count: Int { numbers.count }

    /// The project's number, given now when it has none yet (numbers are dense from 0).
    func number(of project: String) -> Int32 {
        var project = project
        return project.withUTF8 { Int32(numbers.number(of: UnsafeRawBufferPointer($0))) }
    }
}
