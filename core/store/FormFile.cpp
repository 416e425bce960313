#include "FormFile.h"

#include "Schema.h"
#include "util/Clock.h"
#include "util/SaveFiles.h"
#include "util/Utf8.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QVariant>
#include <QtEndian>
#include <algorithm>
#include <atomic>
#include <limits>

namespace tianbao {

namespace {

const QString RowColumns = QStringLiteral("uuid, name, content, units, partners, progress, plan");

// Qt binds a null QString as SQL NULL; every text column is NOT NULL, so bind "" instead.
QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
QString nowText()
{
    return Clock::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}
QString displayName(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString connectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("tianbao-form-%1").arg(++counter);
}

Row rowFromQuery(const QSqlQuery &query, int first)
{
    Row row;
    row.uuid = query.value(first).toString();
    for (Field field : AllFields)
        row.setValue(field, query.value(first + 1 + fieldIndex(field)).toString());
    return row;
}

// SQLite's primary result code, from the native code Qt reports.
int sqliteCode(const QSqlError &error)
{
    return error.nativeErrorCode().toInt() & 0xff;
}

QString headersJson(const Attachment &attachment)
{
    QJsonObject object;
    object.insert(QStringLiteral("seq"), attachment.seqHeader);
    for (Field field : AllFields)
        object.insert(fieldKey(field), attachment.header(field));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

void readHeaders(const QString &json, Attachment &attachment)
{
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    attachment.seqHeader = object.value(QStringLiteral("seq")).toString();
    for (Field field : AllFields)
        attachment.headers[fieldIndex(field)] = object.value(fieldKey(field)).toString();
}

QString normalizedText(const QString &value)
{
    QString text = value;
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

// A journal beside the file: a transaction in progress, or one a killed program left ("hot").
bool hasJournal(const QString &path)
{
    const QFileInfo journal(path + QStringLiteral("-journal"));
    return journal.exists() && journal.size() > 0;
}

// SQLite rolls a hot journal back on the first read, which writes the file; a read-only
// connection cannot, and fails. A connection of its own does it first. Harmless when the
// journal belongs to a live writer: SQLite sees its lock and leaves the journal alone.
void rollBackHotJournal(const QString &path)
{
    const QString connection = connectionName() + QStringLiteral("-recovery");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
            query.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
}

} // namespace

QString changeSourceKey(ChangeSource source)
{
    switch (source) {
    case ChangeSource::Template:
        return QStringLiteral("template");
    case ChangeSource::Edit:
        return QStringLiteral("edit");
    case ChangeSource::Merge:
        return QStringLiteral("merge");
    case ChangeSource::Import:
        return QStringLiteral("import");
    case ChangeSource::Undo:
        return QStringLiteral("undo");
    }
    return QString();
}

// ---------------------------------------------------------------- opening

Result<std::unique_ptr<FormFile>> FormFile::open(const QString &path, Access access)
{
    const QFileInfo info(path);
    const QString name = displayName(path);
    if (!info.exists())
        return Error{tr("The file “%1” does not exist.").arg(name)};
    if (info.isDir())
        return Error{tr("“%1” is a folder, not a form file.").arg(name)};

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The file “%1” cannot be read (%2).").arg(name, file.errorString())};
    const qint64 size = file.size();
    const QByteArray header = file.read(100);
    file.close();

    if (size == 0)
        return Error{tr("The file “%1” is empty: it is not a Tianbao form.").arg(name)};
    if (!header.startsWith(QByteArray("SQLite format 3\0", 16)))
        return Error{tr("The file “%1” is not a Tianbao form.").arg(name)};
    if (header.size() < 100)
        return Error{tr("The file “%1” is damaged: it has been cut short.").arg(name)};

    // The header tells who wrote the file and in which format before SQLite touches it.
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    const quint32 applicationId = qFromBigEndian<quint32>(bytes + 68);
    const qint32 version = qFromBigEndian<qint32>(bytes + 60);
    if (applicationId != Schema::ApplicationId || version < 1)
        return Error{
            tr("The file “%1” is a database of another program, not a Tianbao form.").arg(name)};
    if (version > Schema::Version)
        return Error{tr("The file “%1” was saved by a newer version of Tianbao (file format %2; "
                        "this version reads up to %3). Please update Tianbao to open it.")
                         .arg(name)
                         .arg(version)
                         .arg(Schema::Version)};
    quint32 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const bool pageCountValid =
        qFromBigEndian<quint32>(bytes + 24) == qFromBigEndian<quint32>(bytes + 92);
    if (pageSize < 512 || (pageCountValid && qint64(pageSize) * pageCount > size))
        return Error{tr("The file “%1” is damaged: it has been cut short.").arg(name)};

    // SQLite writes its journal beside the file, so the folder must be writable too.
    QString reason;
    if (access == Access::ReadOnly)
        reason = tr("The file is opened read-only.");
    else if (!info.isWritable())
        reason = tr("The file is read-only.");
    else if (!QFileInfo(info.absolutePath()).isWritable())
        reason = tr("The folder of the file is read-only.");

    if (!reason.isEmpty() && hasJournal(path) && info.isWritable() &&
        QFileInfo(info.absolutePath()).isWritable())
        rollBackHotJournal(path);

    auto opened = openChecked(path, !reason.isEmpty());
    if (opened.ok() && !reason.isEmpty())
        opened.value()->setReadOnly(reason);
    return opened;
}

Result<std::unique_ptr<FormFile>> FormFile::openChecked(const QString &path, bool readOnly)
{
    const QString name = displayName(path);
    std::unique_ptr<FormFile> form(new FormFile);
    form->m_path = QFileInfo(path).absoluteFilePath();
    form->m_connection = connectionName();
    form->m_readOnly = readOnly;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), form->m_connection);
        db.setDatabaseName(form->m_path);
        db.setConnectOptions(readOnly
                                 ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000;QSQLITE_OPEN_READONLY")
                                 : QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
        if (!db.open())
            return Error{
                tr("The file “%1” cannot be opened (%2).").arg(name, db.lastError().text())};

        // A full check reads every page (80–160 ms for a 10,000-row master table). Forms up to
        // FullCheckLimit get it; larger ones check the tables the window reads on opening, and
        // SQLite reports any other damaged page when it is read or written.
        const bool fullCheck = QFileInfo(path).size() <= FullCheckLimit;
        const QStringList checks =
            fullCheck ? QStringList{QStringLiteral("PRAGMA quick_check")}
                      : QStringList{QStringLiteral("PRAGMA quick_check(meta)"),
                                    QStringLiteral("PRAGMA quick_check(attachments)"),
                                    QStringLiteral("PRAGMA quick_check(rows)")};
        for (const QString &statement : checks) {
            QSqlQuery check(db);
            if (!check.exec(statement)) {
                if (sqliteCode(check.lastError()) == 5)
                    return Error{tr("The file “%1” is locked by another program. Close it there "
                                    "and try again.")
                                     .arg(name)};
                if (readOnly && hasJournal(path))
                    return Error{
                        tr("The file “%1” was left half-saved by a program that stopped, and "
                           "it is read-only here, so it cannot be repaired. Copy it together "
                           "with “%2” to a folder you can write to and open it there.")
                            .arg(name, displayName(path + QStringLiteral("-journal")))};
                // A missing table is reported below as an incomplete file.
                if (!fullCheck && check.lastError().text().contains(QLatin1String("no such table")))
                    continue;
                return Error{tr("The file “%1” is damaged and cannot be read.").arg(name)};
            }
            if (!check.next() || check.value(0).toString() != QLatin1String("ok"))
                return Error{tr("The file “%1” is damaged and cannot be read.").arg(name)};
        }

        QString missing;
        if (!Schema::looksComplete(db, &missing))
            return Error{
                tr("The file “%1” is incomplete: its part “%2” is missing.").arg(name, missing)};

        QSqlQuery version(db);
        version.exec(QStringLiteral("PRAGMA user_version"));
        const int fileVersion = version.next() ? version.value(0).toInt() : 0;
        version.finish();
        if (fileVersion < Schema::Version) {
            QString error;
            if (readOnly)
                return Error{tr("The file “%1” has an older format and is read-only, so it cannot "
                                "be updated. Copy it to a folder you can write to.")
                                 .arg(name)};
            if (!Schema::migrate(db, fileVersion, &error))
                return Error{tr("The file “%1” could not be updated to the current format (%2).")
                                 .arg(name, error)};
        }
        if (!readOnly) {
            // Rollback journal, deleted at each commit: the file alone is the whole form. EXTRA
            // also syncs the folder after the journal is deleted; with FULL a power cut right
            // after a commit could bring the journal back and undo the edit.
            QSqlQuery pragma(db);
            pragma.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
            pragma.finish();
            pragma.exec(QStringLiteral("PRAGMA synchronous = EXTRA"));
        }
    }
    return form;
}

Result<std::unique_ptr<FormFile>> FormFile::create(const QString &path, const Form &form,
                                                   const QString &unit)
{
    const QFileInfo info(path);
    const QString name = displayName(path);
    if (info.exists())
        return Error{tr("The file “%1” already exists; Tianbao does not overwrite it.").arg(name)};
    if (!QFileInfo(info.absolutePath()).isDir())
        return Error{tr("The folder of “%1” does not exist.").arg(name)};

    const QString temporary = info.absoluteFilePath() + QStringLiteral(".part-") +
                              QUuid::createUuid().toString(QUuid::Id128).left(8);
    {
        std::unique_ptr<FormFile> file(new FormFile);
        file->m_path = temporary;
        file->m_connection = connectionName();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), file->m_connection);
        db.setDatabaseName(temporary);
        QString error;
        bool written = db.open();
        if (written) {
            written = Schema::create(db, &error);
            if (written) {
                const Status status = file->writeForm(form, unit);
                written = status.ok();
                error = status.error();
            }
            if (written) {
                QSqlQuery(db).exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
            }
        } else {
            error = db.lastError().text();
        }
        db = QSqlDatabase();
        file.reset();
        if (!written) {
            QFile::remove(temporary);
            QFile::remove(temporary + QStringLiteral("-journal"));
            return Error{tr("The file “%1” could not be created (%2).").arg(name, error)};
        }
    }
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        return Error{tr("The file “%1” could not be created.").arg(name)};
    }
    return openChecked(path, false);
}

struct FormFile::EditStatements
{
    explicit EditStatements(const QSqlDatabase &db) : insertChange(db)
    {
        for (Field field : AllFields) {
            QSqlQuery &select = selectValue[size_t(fieldIndex(field))];
            select = QSqlQuery(db);
            select.setForwardOnly(true);
            select.prepare(
                QStringLiteral("SELECT %1 FROM rows WHERE uuid = ?").arg(fieldKey(field)));
            QSqlQuery &update = updateValue[size_t(fieldIndex(field))];
            update = QSqlQuery(db);
            update.prepare(
                QStringLiteral("UPDATE rows SET %1 = ? WHERE uuid = ?").arg(fieldKey(field)));
        }
        insertChange.prepare(QStringLiteral("INSERT INTO cell_changes (row_uuid, field, value, "
                                            "unit, at, source) VALUES (?, ?, ?, ?, ?, ?)"));
    }
    std::array<QSqlQuery, FieldCount> selectValue;
    std::array<QSqlQuery, FieldCount> updateValue;
    QSqlQuery insertChange;
};

FormFile::EditStatements &FormFile::editStatements()
{
    if (!m_edit)
        m_edit = std::make_unique<EditStatements>(QSqlDatabase::database(m_connection));
    return *m_edit;
}

FormFile::~FormFile()
{
    m_edit.reset(); // its statements go before their connection
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

void FormFile::setReadOnly(const QString &reason)
{
    m_readOnly = true;
    m_readOnlyReason = reason;
}

QString FormFile::actingUnit() const
{
    if (!m_actingUnit.isEmpty())
        return m_actingUnit;
    if (!m_metaUnit)
        m_metaUnit = metaValue(QStringLiteral("unit"));
    return *m_metaUnit;
}

// ---------------------------------------------------------------- reading

QString FormFile::singleText(const QString &sql, const QString &parameter) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(sql);
    query.addBindValue(parameter);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return QString();
}

QString FormFile::metaValue(const QString &key) const
{
    return singleText(QStringLiteral("SELECT value FROM meta WHERE key = ?"), key);
}

FormProperties FormFile::properties() const
{
    QHash<QString, QString> meta;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.exec(QStringLiteral("SELECT key, value FROM meta"));
    while (query.next())
        meta.insert(query.value(0).toString(), query.value(1).toString());

    FormProperties p;
    p.title = meta.value(QStringLiteral("title"));
    p.progressYear = meta.value(QStringLiteral("progressYear")).toInt();
    p.planYear = meta.value(QStringLiteral("planYear")).toInt();
    p.noticeTitle = meta.value(QStringLiteral("noticeTitle"));
    p.issuingOffice = meta.value(QStringLiteral("issuingOffice"));
    p.noticeDate = QDate::fromString(meta.value(QStringLiteral("noticeDate")), Qt::ISODate);
    p.deadline = QDateTime::fromString(meta.value(QStringLiteral("deadline")), Qt::ISODate);
    p.replyEmail = meta.value(QStringLiteral("replyEmail"));
    p.contactName = meta.value(QStringLiteral("contactName"));
    p.contactPhone = meta.value(QStringLiteral("contactPhone"));
    p.unit = meta.value(QStringLiteral("unit"));
    p.signDate = QDate::fromString(meta.value(QStringLiteral("signDate")), Qt::ISODate);
    p.noNewProjects = meta.value(QStringLiteral("noNewProjects")) == QLatin1String("1");
    p.originUuid = meta.value(QStringLiteral("originUuid"));
    return p;
}

QVector<Attachment> FormFile::attachments() const
{
    QVector<Attachment> list;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.exec(
        QStringLiteral("SELECT key, label, title, headers FROM attachments ORDER BY position"));
    while (query.next()) {
        Attachment attachment;
        attachment.key = query.value(0).toString();
        attachment.label = query.value(1).toString();
        attachment.title = query.value(2).toString();
        readHeaders(query.value(3).toString(), attachment);
        list.append(attachment);
    }
    return list;
}

QVector<Row> FormFile::rows(const QString &attachmentKey) const
{
    // The texts come as UTF-8 bytes: SQLite's own conversion to UTF-16 (what the driver asks
    // for text) costs about three times Qt's, and this reads every cell of the form. Utf8
    // decodes them at a third of Qt's cost again, into strings of the right size.
    QString columns = QStringLiteral("uuid");
    for (Field field : AllFields)
        columns += QStringLiteral(", CAST(%1 AS BLOB)").arg(fieldKey(field));
    QVector<Row> list;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM rows WHERE attachment = ? AND deleted = 0 "
                                 "ORDER BY position")
                      .arg(columns));
    query.addBindValue(attachmentKey);
    query.exec();
    while (query.next()) {
        Row row;
        row.uuid = query.value(0).toString();
        for (Field field : AllFields) {
            const QString text = Utf8::toString(query.value(1 + fieldIndex(field)).toByteArray());
            row.setValue(field, text.isNull() ? QStringLiteral("") : text);
        }
        list.append(row);
    }
    return list;
}

QVector<StoredRow> FormFile::storedRows(const QString &attachmentKey) const
{
    QVector<StoredRow> list;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT position, deleted, %1 FROM rows WHERE attachment = ? "
                                 "ORDER BY deleted, position")
                      .arg(RowColumns));
    query.addBindValue(attachmentKey);
    query.exec();
    while (query.next()) {
        StoredRow stored;
        stored.position = query.value(0).toInt();
        stored.deleted = query.value(1).toBool();
        stored.row = rowFromQuery(query, 2);
        list.append(stored);
    }
    return list;
}

std::optional<StoredRow> FormFile::storedRow(const QString &uuid) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(
        QStringLiteral("SELECT position, deleted, %1 FROM rows WHERE uuid = ?").arg(RowColumns));
    query.addBindValue(uuid);
    if (!query.exec() || !query.next())
        return std::nullopt;
    StoredRow stored;
    stored.position = query.value(0).toInt();
    stored.deleted = query.value(1).toBool();
    stored.row = rowFromQuery(query, 2);
    return stored;
}

QString FormFile::attachmentOf(const QString &uuid) const
{
    return singleText(QStringLiteral("SELECT attachment FROM rows WHERE uuid = ?"), uuid);
}

Form FormFile::load() const
{
    Form form;
    form.properties = properties();
    form.attachments = attachments();
    for (Attachment &attachment : form.attachments)
        attachment.rows = rows(attachment.key);
    return form;
}

QVector<CellChange> FormFile::history(const QString &uuid, Field field) const
{
    QVector<CellChange> list;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("SELECT value, unit, at, source FROM cell_changes "
                                 "WHERE row_uuid = ? AND field = ? ORDER BY id"));
    query.addBindValue(uuid);
    query.addBindValue(fieldKey(field));
    query.exec();
    while (query.next()) {
        list.append({query.value(0).toString(), query.value(1).toString(),
                     QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs),
                     query.value(3).toString()});
    }
    return list;
}

std::optional<CellChange> FormFile::lastChange(const QString &uuid, Field field) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("SELECT value, unit, at, source FROM cell_changes "
                                 "WHERE row_uuid = ? AND field = ? ORDER BY id DESC LIMIT 1"));
    query.addBindValue(uuid);
    query.addBindValue(fieldKey(field));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return CellChange{query.value(0).toString(), query.value(1).toString(),
                      QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs),
                      query.value(3).toString()};
}

std::optional<QString> FormFile::originValue(const QString &uuid, Field field) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(
        QStringLiteral("SELECT value FROM origin_cells WHERE row_uuid = ? AND field = ?"));
    query.addBindValue(uuid);
    query.addBindValue(fieldKey(field));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toString();
}

int FormFile::liveRowCount(const QString &attachmentKey) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("SELECT count(*) FROM rows WHERE attachment = ? AND deleted = 0"));
    query.addBindValue(attachmentKey);
    if (query.exec() && query.next())
        return query.value(0).toInt();
    return 0;
}

// ---------------------------------------------------------------- writing

QString FormFile::storedText(const QString &value)
{
    return normalizedText(value);
}

bool FormFile::run(QSqlQuery &query)
{
    // Writes only: finish() resets the statement, so a kept one holds nothing open.
    if (query.exec()) {
        query.finish();
        return true;
    }
    m_lastSqlError = query.lastError();
    return false;
}

Error FormFile::writeError(const QString &detail) const
{
    return Error{tr("The change could not be saved to “%1”: %2").arg(displayName(m_path), detail)};
}

Status FormFile::refuseIfReadOnly() const
{
    if (m_readOnly)
        return Error{tr("The file “%1” is read-only: %2")
                         .arg(displayName(m_path), m_readOnlyReason.isEmpty()
                                                       ? tr("changes are not allowed.")
                                                       : m_readOnlyReason)};
    return {};
}

Status FormFile::commitStep(const std::function<bool()> &step, const QString &what)
{
    if (Status refused = refuseIfReadOnly(); !refused)
        return refused;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    m_lastSqlError = QSqlError();
    auto failure = [&]() -> Error {
        const QSqlError error = m_lastSqlError.isValid() ? m_lastSqlError : db.lastError();
        switch (sqliteCode(error)) {
        case 13:
            return writeError(tr("the disk is full."));
        case 8:
            return writeError(tr("the file is read-only."));
        case 5:
        case 6:
            return writeError(tr("another program is using the file."));
        default:
            return writeError(what);
        }
    };
    if (m_transactionDepth > 0) {
        if (!step()) {
            m_transactionFailed = true;
            return failure();
        }
        return {};
    }
    if (!db.transaction())
        return failure();
    if (!step()) {
        Error error = failure();
        db.rollback();
        return error;
    }
    if (!db.commit()) {
        Error error = failure();
        db.rollback();
        return error;
    }
    return {};
}

Status FormFile::transaction(const std::function<Status()> &work)
{
    if (Status refused = refuseIfReadOnly(); !refused)
        return refused;
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (m_transactionDepth == 0) {
        if (!db.transaction())
            return writeError(db.lastError().text());
        m_transactionFailed = false;
    }
    ++m_transactionDepth;
    Status status = work();
    --m_transactionDepth;
    if (m_transactionDepth > 0)
        return status;
    if (status.ok() && !m_transactionFailed) {
        if (db.commit())
            return status;
        status = writeError(db.lastError().text());
    }
    db.rollback();
    if (status.ok())
        status = writeError(tr("part of the change failed, so none of it was saved."));
    return status;
}

bool FormFile::recordCellChange(const QString &uuid, Field field, const QString &value,
                                const QString &unit, const QString &at, ChangeSource source)
{
    QSqlQuery &query = editStatements().insertChange;
    query.addBindValue(uuid);
    query.addBindValue(fieldKey(field));
    query.addBindValue(nonNull(value));
    query.addBindValue(nonNull(unit));
    query.addBindValue(at);
    query.addBindValue(changeSourceKey(source));
    return run(query);
}

bool FormFile::recordRowEvent(const QString &uuid, const QString &event, const QString &at,
                              ChangeSource source)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("INSERT INTO row_events (row_uuid, event, unit, at, source) "
                                 "VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(uuid);
    query.addBindValue(event);
    query.addBindValue(nonNull(actingUnit()));
    query.addBindValue(at);
    query.addBindValue(changeSourceKey(source));
    return run(query);
}

bool FormFile::setMeta(const QString &key, const QString &value)
{
    m_metaUnit.reset();
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    query.addBindValue(key);
    query.addBindValue(nonNull(value));
    return run(query);
}

bool FormFile::shiftPositions(const QString &attachmentKey, int from, int delta, int upTo)
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.prepare(QStringLiteral("UPDATE rows SET position = position + ? WHERE attachment = ? "
                                 "AND deleted = 0 AND position >= ? AND position <= ?"));
    query.addBindValue(delta);
    query.addBindValue(attachmentKey);
    query.addBindValue(from);
    query.addBindValue(upTo < 0 ? std::numeric_limits<int>::max() : upTo);
    return run(query);
}

Status FormFile::writeForm(const Form &form, const QString &unit)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    if (!db.transaction())
        return writeError(db.lastError().text());
    const FormProperties &p = form.properties;
    const QString at = nowText();
    const QString originUuid = p.originUuid.isEmpty() ? newUuid() : p.originUuid;
    const QString signUnit = unit.isEmpty() ? p.unit : unit;
    const QList<QPair<QString, QString>> meta = {
        {QStringLiteral("title"), p.title},
        {QStringLiteral("progressYear"), QString::number(p.progressYear)},
        {QStringLiteral("planYear"), QString::number(p.planYear)},
        {QStringLiteral("noticeTitle"), p.noticeTitle},
        {QStringLiteral("issuingOffice"), p.issuingOffice},
        {QStringLiteral("noticeDate"), p.noticeDate.toString(Qt::ISODate)},
        {QStringLiteral("deadline"), p.deadline.toString(Qt::ISODate)},
        {QStringLiteral("replyEmail"), p.replyEmail},
        {QStringLiteral("contactName"), p.contactName},
        {QStringLiteral("contactPhone"), p.contactPhone},
        {QStringLiteral("unit"), signUnit},
        {QStringLiteral("signDate"), p.signDate.toString(Qt::ISODate)},
        {QStringLiteral("noNewProjects"),
         p.noNewProjects ? QStringLiteral("1") : QStringLiteral("0")},
        {QStringLiteral("originUuid"), originUuid},
        {QStringLiteral("createdAt"), at},
    };
    bool ok = true;
    for (const auto &[key, value] : meta)
        ok = ok && setMeta(key, value);

    QSqlQuery attachmentInsert(db);
    attachmentInsert.prepare(
        QStringLiteral("INSERT INTO attachments (key, position, label, "
                       "title, seq_header, headers) VALUES (?, ?, ?, ?, ?, ?)"));
    QSqlQuery rowInsert(db);
    rowInsert.prepare(QStringLiteral("INSERT INTO rows (attachment, position, %1) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                          .arg(RowColumns));
    QSqlQuery originInsert(db);
    originInsert.prepare(
        QStringLiteral("INSERT INTO origin_cells (row_uuid, field, value) VALUES (?, ?, ?)"));
    // The file made from a template or an import is where every copy starts: its values are
    // the origin of later three-way merges.
    for (int a = 0; ok && a < form.attachments.size(); ++a) {
        const Attachment &attachment = form.attachments.at(a);
        attachmentInsert.addBindValue(attachment.key);
        attachmentInsert.addBindValue(a);
        attachmentInsert.addBindValue(nonNull(attachment.label));
        attachmentInsert.addBindValue(nonNull(attachment.title));
        attachmentInsert.addBindValue(nonNull(attachment.seqHeader));
        attachmentInsert.addBindValue(headersJson(attachment));
        ok = run(attachmentInsert);

        for (int r = 0; ok && r < attachment.rows.size(); ++r) {
            const Row &row = attachment.rows.at(r);
            const QString uuid = row.uuid.isEmpty() ? newUuid() : row.uuid;
            rowInsert.addBindValue(attachment.key);
            rowInsert.addBindValue(r);
            rowInsert.addBindValue(uuid);
            for (Field field : AllFields)
                rowInsert.addBindValue(nonNull(normalizedText(row.value(field))));
            ok = run(rowInsert);

            for (Field field : AllFields) {
                const QString value = normalizedText(row.value(field));
                originInsert.addBindValue(uuid);
                originInsert.addBindValue(fieldKey(field));
                originInsert.addBindValue(nonNull(value));
                ok = ok && run(originInsert);
                if (!value.isEmpty())
                    ok = ok && recordCellChange(uuid, field, value, p.issuingOffice, at,
                                                ChangeSource::Template);
            }
        }
    }
    if (!ok || !db.commit()) {
        const QString error = db.lastError().text();
        db.rollback();
        return writeError(error);
    }
    return {};
}

Status FormFile::setCell(const QString &uuid, Field field, const QString &value,
                         ChangeSource source, const QString &unit)
{
    if (Status refused = refuseIfReadOnly(); !refused)
        return refused;
    EditStatements &statements = editStatements();
    // Only the cell's value is read, not the whole row.
    QSqlQuery &select = statements.selectValue[size_t(fieldIndex(field))];
    select.addBindValue(uuid);
    const bool found = select.exec() && select.next();
    const QString stored = found ? select.value(0).toString() : QString();
    select.finish(); // no read lock left behind
    if (!found)
        return Error{tr("There is no row %1 in the form.").arg(uuid)};
    const QString text = normalizedText(value);
    if (stored == text)
        return {};
    const QString who = unit.isEmpty() ? actingUnit() : unit;
    return commitStep(
        [&] {
            QSqlQuery &query = statements.updateValue[size_t(fieldIndex(field))];
            query.addBindValue(nonNull(text));
            query.addBindValue(uuid);
            return run(query) && recordCellChange(uuid, field, text, who, nowText(), source);
        },
        tr("the cell could not be written."));
}

Result<QString> FormFile::insertRow(const QString &attachmentKey, int position, const Row &values,
                                    ChangeSource source, const QString &unit)
{
    if (Status refused = refuseIfReadOnly(); !refused)
        return Error{refused.error()};
    const QVector<Attachment> known = attachments();
    if (std::none_of(known.begin(), known.end(),
                     [&](const Attachment &a) { return a.key == attachmentKey; }))
        return Error{tr("The form has no attachment “%1”.").arg(attachmentKey)};
    const QString uuid = values.uuid.isEmpty() ? newUuid() : values.uuid;
    if (storedRow(uuid))
        return Error{tr("The row %1 is already in the form.").arg(uuid)};
    const int count = liveRowCount(attachmentKey);
    const int at = qBound(0, position < 0 ? count : position, count);
    const QString who = unit.isEmpty() ? actingUnit() : unit;
    const QString when = nowText();
    Status status = commitStep(
        [&] {
            if (!shiftPositions(attachmentKey, at, +1))
                return false;
            QSqlQuery query(QSqlDatabase::database(m_connection));
            query.prepare(QStringLiteral("INSERT INTO rows (attachment, position, %1) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                              .arg(RowColumns));
            query.addBindValue(attachmentKey);
            query.addBindValue(at);
            query.addBindValue(uuid);
            for (Field field : AllFields)
                query.addBindValue(nonNull(normalizedText(values.value(field))));
            if (!run(query))
                return false;
            for (Field field : AllFields) {
                const QString value = normalizedText(values.value(field));
                if (!value.isEmpty() && !recordCellChange(uuid, field, value, who, when, source))
                    return false;
            }
            return recordRowEvent(uuid, QStringLiteral("created"), when, source);
        },
        tr("the row could not be added."));
    if (!status)
        return Error{status.error()};
    return uuid;
}

Status FormFile::deleteRow(const QString &uuid, ChangeSource source)
{
    if (Status refused = refuseIfReadOnly(); !refused)
        return refused;
    const std::optional<StoredRow> stored = storedRow(uuid);
    if (!stored || stored->deleted)
        return Error{tr("There is no row %1 in the form.").arg(uuid)};
    const QString attachmentKey = attachmentOf(uuid);
    return commitStep(
        [&] {
            QSqlQuery query(QSqlDatabase::database(m_connection));
            query.prepare(QStringLiteral("UPDATE rows SET deleted = 1 WHERE uuid = ?"));
            query.addBindValue(uuid);
            return run(query) && shiftPositions(attachmentKey, stored->position + 1, -1) &&
                   recordRowEvent(uuid, QStringLiteral("deleted"), nowText(), source);
        },
        tr("the row could not be deleted."));
}

Status FormFile::restoreRow(const QString &uuid, int position, ChangeSource source)
{
    if (Status refused = refuseIfReadOnly(); !refused)
        return refused;
    const std::optional<StoredRow> stored = storedRow(uuid);
    if (!stored || !stored->deleted)
        return Error{tr("There is no deleted row %1 in the form.").arg(uuid)};
    const QString attachmentKey = attachmentOf(uuid);
    const int count = liveRowCount(attachmentKey);
    const int at = qBound(0, position < 0 ? count : position, count);
    return commitStep(
        [&] {
            if (!shiftPositions(attachmentKey, at, +1))
                return false;
            QSqlQuery query(QSqlDatabase::database(m_connection));
            query.prepare(
                QStringLiteral("UPDATE rows SET deleted = 0, position = ? WHERE uuid = ?"));
            query.addBindValue(at);
            query.addBindValue(uuid);
            return run(query) &&
                   recordRowEvent(uuid, QStringLiteral("restored"), nowText(), source);
        },
        tr("the row could not be restored."));
}

Status FormFile::moveRow(const QString &uuid, int newPosition, ChangeSource source)
{
    if (Status refused = refuseIfReadOnly(); !refused)
        return refused;
    const std::optional<StoredRow> stored = storedRow(uuid);
    if (!stored || stored->deleted)
        return Error{tr("There is no row %1 in the form.").arg(uuid)};
    const QString attachmentKey = attachmentOf(uuid);
    const int count = liveRowCount(attachmentKey);
    const int from = stored->position;
    const int to = qBound(0, newPosition, count - 1);
    if (from == to)
        return {};
    return commitStep(
        [&] {
            const bool shifted = from < to ? shiftPositions(attachmentKey, from + 1, -1, to)
                                           : shiftPositions(attachmentKey, to, +1, from - 1);
            QSqlQuery query(QSqlDatabase::database(m_connection));
            query.prepare(QStringLiteral("UPDATE rows SET position = ? WHERE uuid = ?"));
            query.addBindValue(to);
            query.addBindValue(uuid);
            return shifted && run(query) &&
                   recordRowEvent(uuid, QStringLiteral("moved"), nowText(), source);
        },
        tr("the row could not be moved."));
}

Status FormFile::setProperty(Property property, const QVariant &value, ChangeSource source)
{
    QString key;
    QString text;
    switch (property) {
    case Property::Unit:
        key = QStringLiteral("unit");
        text = value.toString().trimmed();
        break;
    case Property::SignDate:
        key = QStringLiteral("signDate");
        text = value.toDate().toString(Qt::ISODate);
        break;
    case Property::NoNewProjects:
        key = QStringLiteral("noNewProjects");
        text = value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
        break;
    }
    if (Status refused = refuseIfReadOnly(); !refused)
        return refused;
    if (metaValue(key) == text)
        return {};
    return commitStep(
        [&] {
            QSqlQuery query(QSqlDatabase::database(m_connection));
            query.prepare(QStringLiteral("INSERT INTO meta_changes (key, value, unit, at, source) "
                                         "VALUES (?, ?, ?, ?, ?)"));
            query.addBindValue(key);
            query.addBindValue(nonNull(text));
            query.addBindValue(nonNull(actingUnit()));
            query.addBindValue(nowText());
            query.addBindValue(changeSourceKey(source));
            return setMeta(key, text) && run(query);
        },
        tr("the form's properties could not be written."));
}

Status FormFile::saveCopyAs(const QString &target) const
{
    const QString name = displayName(target);
    if (QFileInfo(target).absoluteFilePath() == m_path)
        return Error{tr("A copy cannot replace the form itself; choose another name.")};
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Error{tr("The copy “%1” could not be written: no temporary folder.").arg(name)};
    const QString snapshot = scratch.filePath(QStringLiteral("copy.tianbao"));
    {
        // VACUUM INTO writes a consistent, compact copy even while the form is open.
        QSqlQuery query(QSqlDatabase::database(m_connection));
        query.prepare(QStringLiteral("VACUUM INTO ?"));
        query.addBindValue(snapshot);
        if (!query.exec())
            return Error{
                tr("The copy “%1” could not be written (%2).").arg(name, query.lastError().text())};
    }
    QFile source(snapshot);
    if (!source.open(QIODevice::ReadOnly))
        return Error{tr("The copy “%1” could not be written.").arg(name)};
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return Error{tr("The copy “%1” could not be written (%2).").arg(name, out.errorString())};
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (out.write(chunk) != chunk.size()) {
            out.cancelWriting();
            return Error{
                tr("The copy “%1” could not be written (%2).").arg(name, out.errorString())};
        }
    }
    QString error;
    if (!SaveFiles::commit(out, &error))
        return Error{tr("The copy “%1” could not be written (%2).").arg(name, error)};
    return {};
}

int FormFile::synchronousLevel() const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    return query.exec(QStringLiteral("PRAGMA synchronous")) && query.next() ? query.value(0).toInt()
                                                                            : -1;
}

void FormFile::simulateFullDisk()
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.exec(QStringLiteral("PRAGMA page_count"));
    const int pages = query.next() ? query.value(0).toInt() : 1;
    query.finish();
    query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages));
}

qint64 FormFile::dataVersion() const
{
    QSqlQuery query(QSqlDatabase::database(m_connection));
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

// ================================================================ merge support

QVector<FormFile::CellHistoryEntry> FormFile::allCellHistory(bool withTemplateEntries) const
{
    QVector<CellHistoryEntry> list;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT row_uuid, field, value, unit, at, source FROM cell_changes "
                       "WHERE source <> ? ORDER BY id"));
    query.addBindValue(withTemplateEntries ? QStringLiteral("")
                                           : changeSourceKey(ChangeSource::Template));
    query.exec();
    // Entries made together share their time: parse each distinct text once.
    QString lastAtText;
    QDateTime lastAt;
    while (query.next()) {
        const std::optional<Field> field = fieldFromKey(query.value(1).toString());
        if (!field)
            continue;
        const QString atText = query.value(4).toString();
        if (atText != lastAtText) {
            lastAtText = atText;
            lastAt = QDateTime::fromString(atText, Qt::ISODateWithMs);
        }
        list.append({query.value(0).toString(), *field,
                     CellChange{query.value(2).toString(), query.value(3).toString(), lastAt,
                                query.value(5).toString()}});
    }
    return list;
}

QVector<FormFile::OriginCell> FormFile::allOriginValues() const
{
    QVector<OriginCell> list;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT row_uuid, field, value FROM origin_cells"));
    while (query.next()) {
        const std::optional<Field> field = fieldFromKey(query.value(1).toString());
        if (field)
            list.append({query.value(0).toString(), *field, query.value(2).toString()});
    }
    return list;
}

QVector<FormFile::RowEvent> FormFile::allRowEvents() const
{
    QVector<RowEvent> list;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT row_uuid, event, unit, at, source FROM row_events "
                              "ORDER BY id"));
    while (query.next()) {
        list.append({query.value(0).toString(), query.value(1).toString(),
                     query.value(2).toString(),
                     QDateTime::fromString(query.value(3).toString(), Qt::ISODateWithMs),
                     query.value(4).toString()});
    }
    return list;
}

QStringList FormFile::liveRowUuids(const QString &attachmentKey) const
{
    QStringList list;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT uuid FROM rows WHERE attachment = ? AND deleted = 0 "
                                 "ORDER BY position"));
    query.addBindValue(attachmentKey);
    query.exec();
    while (query.next())
        list.append(query.value(0).toString());
    return list;
}

QVector<StoredRow> FormFile::changedStoredRows(const QString &attachmentKey) const
{
    QVector<StoredRow> list;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT position, deleted, %1 FROM rows WHERE attachment = ? "
                       "AND uuid IN (SELECT row_uuid FROM cell_changes WHERE source <> ? "
                       "UNION SELECT row_uuid FROM row_events) ORDER BY deleted, position")
            .arg(RowColumns));
    query.addBindValue(attachmentKey);
    query.addBindValue(changeSourceKey(ChangeSource::Template));
    query.exec();
    while (query.next()) {
        StoredRow stored;
        stored.position = query.value(0).toInt();
        stored.deleted = query.value(1).toBool();
        stored.row = rowFromQuery(query, 2);
        list.append(stored);
    }
    return list;
}

QVector<StoredRow> FormFile::rowOutlines(const QString &attachmentKey) const
{
    QVector<StoredRow> list;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT position, deleted, uuid FROM rows WHERE attachment = ? "
                                 "ORDER BY deleted, position"));
    query.addBindValue(attachmentKey);
    query.exec();
    while (query.next()) {
        StoredRow stored;
        stored.position = query.value(0).toInt();
        stored.deleted = query.value(1).toBool();
        stored.row.uuid = query.value(2).toString();
        list.append(stored);
    }
    return list;
}

Status FormFile::writeCells(const QVector<CellWrite> &writes)
{
    if (Status refused = refuseIfReadOnly(); !refused)
        return refused;
    if (writes.isEmpty())
        return {};
    return commitStep(
        [&] {
            QSqlDatabase db = QSqlDatabase::database(m_connection);
            std::array<QSqlQuery, FieldCount> updates;
            for (Field field : AllFields) {
                QSqlQuery &update = updates[fieldIndex(field)];
                update = QSqlQuery(db);
                update.prepare(
                    QStringLiteral("UPDATE rows SET %1 = ? WHERE uuid = ?").arg(fieldKey(field)));
            }
            QSqlQuery insert(db);
            insert.prepare(QStringLiteral("INSERT INTO cell_changes (row_uuid, field, value, "
                                          "unit, at, source) VALUES (?, ?, ?, ?, ?, ?)"));
            QSqlQuery lastId(db);
            lastId.prepare(QStringLiteral(
                "SELECT max(id) FROM cell_changes WHERE row_uuid = ? AND field = ?"));
            QSqlQuery moveToEnd(db);
            moveToEnd.prepare(
                QStringLiteral("UPDATE cell_changes SET id = "
                               "(SELECT max(id) + 1 FROM cell_changes) WHERE id = ?"));
            for (const CellWrite &write : writes) {
                qlonglong provenanceId = -1;
                if (write.keepProvenance) {
                    lastId.addBindValue(write.rowUuid);
                    lastId.addBindValue(fieldKey(write.field));
                    if (!lastId.exec())
                        return false;
                    if (lastId.next() && !lastId.value(0).isNull())
                        provenanceId = lastId.value(0).toLongLong();
                    lastId.finish();
                } else {
                    QSqlQuery &update = updates[fieldIndex(write.field)];
                    update.addBindValue(nonNull(normalizedText(write.value)));
                    update.addBindValue(write.rowUuid);
                    if (!update.exec() || update.numRowsAffected() != 1)
                        return false;
                }
                for (const CellChange &entry : write.entries) {
                    insert.addBindValue(write.rowUuid);
                    insert.addBindValue(fieldKey(write.field));
                    insert.addBindValue(nonNull(normalizedText(entry.value)));
                    insert.addBindValue(nonNull(entry.unit));
                    insert.addBindValue(entry.at.toUTC().toString(Qt::ISODateWithMs));
                    insert.addBindValue(nonNull(entry.source));
                    if (!insert.exec())
                        return false;
                }
                // Renumbering keeps the entry itself: the history only gains.
                if (provenanceId >= 0 && !write.entries.isEmpty()) {
                    moveToEnd.addBindValue(provenanceId);
                    if (!moveToEnd.exec())
                        return false;
                }
            }
            return true;
        },
        tr("the merged cells could not be written."));
}

Result<QString>
FormFile::insertRowWithHistory(const QString &attachmentKey, int position, const Row &values,
                               const std::array<QVector<CellChange>, FieldCount> &histories,
                               const QString &unit, const QDateTime &at, ChangeSource source)
{
    if (Status refused = refuseIfReadOnly(); !refused)
        return Error{refused.error()};
    const QString uuid = values.uuid.isEmpty() ? newUuid() : values.uuid;
    if (storedRow(uuid))
        return Error{tr("The row %1 is already in the form.").arg(uuid)};
    const int count = liveRowCount(attachmentKey);
    const int where = qBound(0, position < 0 ? count : position, count);
    Status status = commitStep(
        [&] {
            if (!shiftPositions(attachmentKey, where, +1))
                return false;
            QSqlDatabase db = QSqlDatabase::database(m_connection);
            QSqlQuery query(db);
            query.prepare(QStringLiteral("INSERT INTO rows (attachment, position, %1) "
                                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                              .arg(RowColumns));
            query.addBindValue(attachmentKey);
            query.addBindValue(where);
            query.addBindValue(uuid);
            for (Field field : AllFields)
                query.addBindValue(nonNull(normalizedText(values.value(field))));
            if (!query.exec())
                return false;
            for (Field field : AllFields) {
                for (const CellChange &entry : histories[fieldIndex(field)]) {
                    if (!recordCellChange(uuid, field, normalizedText(entry.value), entry.unit,
                                          entry.at.toUTC().toString(Qt::ISODateWithMs), source))
                        return false;
                }
            }
            QSqlQuery event(db);
            event.prepare(QStringLiteral("INSERT INTO row_events (row_uuid, event, unit, at, "
                                         "source) VALUES (?, 'created', ?, ?, ?)"));
            event.addBindValue(uuid);
            event.addBindValue(nonNull(unit));
            event.addBindValue(at.toUTC().toString(Qt::ISODateWithMs));
            event.addBindValue(changeSourceKey(source));
            return event.exec();
        },
        tr("the row could not be added."));
    if (!status)
        return Error{status.error()};
    return uuid;
}

// ================================================================ window support

std::optional<std::array<QString, FieldCount>>
FormFile::lastChangeSources(const QString &uuid) const
{
    std::array<QString, FieldCount> sources;
    QSqlQuery query(QSqlDatabase::database(m_connection));
    query.setForwardOnly(true);
    // In index order (row, field, id): each field's last entry comes last and stays.
    query.prepare(QStringLiteral("SELECT field, source FROM cell_changes WHERE row_uuid = ? "
                                 "ORDER BY field, id"));
    query.addBindValue(uuid);
    if (!query.exec())
        return std::nullopt;
    while (query.next()) {
        if (const std::optional<Field> field = fieldFromKey(query.value(0).toString()))
            sources[size_t(fieldIndex(*field))] = query.value(1).toString();
    }
    if (query.lastError().isValid())
        return std::nullopt;
    return sources;
}

} // namespace tianbao
