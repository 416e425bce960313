#pragma once

#include "form/Form.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <array>
#include <functional>
#include <memory>
#include <optional>

namespace tianbao {

// Where a value came from: typed, merged in from a colleague's file, imported, …
enum class ChangeSource
{
    Template,
    Edit,
    Merge,
    Import,
    Undo
};
QString changeSourceKey(ChangeSource source);

// One value a cell had, with who set it and when.
struct CellChange
{
    QString value;
    QString unit;
    QDateTime at; // UTC
    QString source;
};

// A row as stored: tombstones included, with its position among the live rows.
struct StoredRow
{
    Row row;
    int position = 0;
    bool deleted = false;
};

// A form's property that a unit sets (the rest of FormProperties comes from the notice).
enum class Property
{
    Unit,
    SignDate,
    NoNewProjects
};

// An open .tianbao file: the only code that speaks SQL. Every change is committed in its own
// transaction before the call returns, in rollback-journal mode, so the single file is
// complete whenever the program is idle.
class FormFile
{
    Q_DECLARE_TR_FUNCTIONS(FormFile)

public:
    enum class Access
    {
        ReadWrite,
        ReadOnly
    };

    static constexpr const char *Extension = "tianbao";
    // Files up to this size get SQLite's full quick_check on opening.
    static constexpr qint64 FullCheckLimit = 32 * 1024 * 1024;

    // Opens an existing form. Refuses, with one sentence and without changing a byte, a missing
    // or unreadable path, a non-SQLite or truncated file, another program's database, a newer
    // format, a corrupt file. An older format is migrated (when writable).
    static Result<std::unique_ptr<FormFile>> open(const QString &path,
                                                  Access access = Access::ReadWrite);
    // Creates a new file holding `form`; refuses to overwrite. Written under a temporary name
    // and renamed, so a crash never leaves half a form at `path`.
    static Result<std::unique_ptr<FormFile>> create(const QString &path, const Form &form,
                                                    const QString &unit = QString());

    ~FormFile();
    FormFile(const FormFile &) = delete;
    FormFile &operator=(const FormFile &) = delete;

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    // Why the file is read-only, as a sentence (empty when writable).
    QString readOnlyReason() const { return m_readOnlyReason; }
    void setReadOnly(const QString &reason);

    // The unit changes are attributed to; defaults to the form's unit.
    void setActingUnit(const QString &unit) { m_actingUnit = unit; }
    QString actingUnit() const;

    // ---- reading
    Form load() const;
    FormProperties properties() const;
    QVector<Attachment> attachments() const; // without rows
    QVector<Row> rows(const QString &attachmentKey) const;
    QVector<StoredRow> storedRows(const QString &attachmentKey) const;
    std::optional<StoredRow> storedRow(const QString &uuid) const;
    QString attachmentOf(const QString &uuid) const;
    QVector<CellChange> history(const QString &uuid, Field field) const;
    std::optional<CellChange> lastChange(const QString &uuid, Field field) const;
    // The cell's value in the origin form; nullopt for a row added after the origin.
    std::optional<QString> originValue(const QString &uuid, Field field) const;

    // What the file holds for a value written to a cell: line ends become '\n'.
    static QString storedText(const QString &value);

    // ---- writing; each call is one transaction (or joins the one `transaction` opened)
    Status setCell(const QString &uuid, Field field, const QString &value,
                   ChangeSource source = ChangeSource::Edit, const QString &unit = QString());
    // Inserts a live row at `position` (0-based among live rows); an empty uuid makes one.
    Result<QString> insertRow(const QString &attachmentKey, int position, const Row &values,
                              ChangeSource source = ChangeSource::Edit,
                              const QString &unit = QString());
    // Deletion keeps the row as a tombstone with its cells and history.
    Status deleteRow(const QString &uuid, ChangeSource source = ChangeSource::Edit);
    Status restoreRow(const QString &uuid, int position, ChangeSource source = ChangeSource::Undo);
    Status moveRow(const QString &uuid, int newPosition, ChangeSource source = ChangeSource::Edit);
    Status setProperty(Property property, const QVariant &value,
                       ChangeSource source = ChangeSource::Edit);
    // Runs `work` as one transaction: all of it is in the file, or none.
    Status transaction(const std::function<Status()> &work);

    // Writes a complete copy of the form to `target` atomically (replacing it if it exists).
    Status saveCopyAs(const QString &target) const;

    // Fault injection for tests and drills: the file may not grow any more, exactly as when
    // the disk is full (SQLite reports SQLITE_FULL).
    void simulateFullDisk();
    // PRAGMA synchronous of the connection (3 = EXTRA while writable).
    int synchronousLevel() const;

    // SQLite's PRAGMA data_version: it changes when another connection or program changed the
    // file this connection reads, never for this connection's own commits.
    qint64 dataVersion() const;

    // ================================================================ merge support
    // Added for core/merge: bulk reads (one query each, not one per cell) and writes that keep
    // a colleague's provenance (unit and time of each value) instead of stamping "now".
public:
    // One entry of a cell's history, with the cell it belongs to.
    struct CellHistoryEntry
    {
        QString rowUuid;
        Field field = Field::Name;
        CellChange change;
    };
    struct OriginCell
    {
        QString rowUuid;
        Field field = Field::Name;
        QString value;
    };
    // A row's life event: created, deleted, restored or moved.
    struct RowEvent
    {
        QString rowUuid;
        QString event;
        QString unit;
        QDateTime at; // UTC
        QString source;
    };
    // A cell written by a merge: its new value and the entries appended to its history.
    struct CellWrite
    {
        QString rowUuid;
        Field field = Field::Name;
        QString value;
        QVector<CellChange> entries; // appended in order; the last should carry `value`
        // The cell keeps its value and its current last entry stays the last one (its
        // provenance): `entries` are only what the cell's history learns.
        bool keepProvenance = false;
    };

    // Every cell's history, oldest first within a cell; without the entries the form was
    // created with when `withTemplateEntries` is false (origin_cells holds those values).
    QVector<CellHistoryEntry> allCellHistory(bool withTemplateEntries = true) const;
    QVector<OriginCell> allOriginValues() const;
    // Every row event, oldest first.
    QVector<RowEvent> allRowEvents() const;
    // The live rows' uuids in position order.
    QStringList liveRowUuids(const QString &attachmentKey) const;
    // The rows (as storedRows) changed since the form was created: with a cell change other
    // than the template's, or any row event (created, deleted, restored, moved).
    QVector<StoredRow> changedStoredRows(const QString &attachmentKey) const;
    // The rows as storedRows gives them, but only uuid, position and deleted (cells empty).
    QVector<StoredRow> rowOutlines(const QString &attachmentKey) const;
    // Writes many cells with prepared statements; joins an open `transaction`.
    Status writeCells(const QVector<CellWrite> &writes);
    // Inserts a live row whose cells carry the given histories (oldest first, last = value;
    // each entry keeps its unit and time, recorded with `source`) and whose "created" event
    // carries `unit` and `at`; an empty uuid makes one.
    Result<QString>
    insertRowWithHistory(const QString &attachmentKey, int position, const Row &values,
                         const std::array<QVector<CellChange>, FieldCount> &histories,
                         const QString &unit, const QDateTime &at,
                         ChangeSource source = ChangeSource::Merge);

    // ================================================================ window support
    // Added for ui/merge: what the window tints and shows without a query per cell.
public:
    // The source (changeSourceKey) of each field's last change of one row; empty for a cell
    // without history. One indexed query: a window asks it only for the rows it shows (for
    // 10,000 rows, reading all 60,000 cells' at once was half of the start-up). nullopt when
    // the file could not be read just now (another connection committing).
    std::optional<std::array<QString, FieldCount>> lastChangeSources(const QString &uuid) const;

private:
    FormFile() = default;
    static Result<std::unique_ptr<FormFile>> openChecked(const QString &path, bool readOnly);
    Status writeForm(const Form &form, const QString &unit);
    Status commitStep(const std::function<bool()> &step, const QString &what);
    bool recordCellChange(const QString &uuid, Field field, const QString &value,
                          const QString &unit, const QString &at, ChangeSource source);
    bool recordRowEvent(const QString &uuid, const QString &event, const QString &at,
                        ChangeSource source);
    bool shiftPositions(const QString &attachmentKey, int from, int delta, int upTo = -1);
    int liveRowCount(const QString &attachmentKey) const;
    // The first column of the first row of a one-parameter query, or an empty string.
    QString singleText(const QString &sql, const QString &parameter) const;
    QString metaValue(const QString &key) const;
    bool setMeta(const QString &key, const QString &value);
    Error writeError(const QString &detail) const;
    // Runs a statement of a write, keeping its error for the sentence the caller gets.
    bool run(QSqlQuery &query);
    Status refuseIfReadOnly() const;
    // The statements of a cell edit, prepared once: preparing costs more than running them.
    struct EditStatements;
    EditStatements &editStatements();

    QString m_path;
    QString m_connection;
    QString m_actingUnit;
    QString m_readOnlyReason;
    bool m_readOnly = false;
    int m_transactionDepth = 0;
    bool m_transactionFailed = false;
    QSqlError m_lastSqlError;
    std::unique_ptr<EditStatements> m_edit;
    // meta's unit, read once; every write of meta forgets it.
    mutable std::optional<QString> m_metaUnit;
};

} // namespace tianbao
