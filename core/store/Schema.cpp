#include "Schema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace tianbao {

namespace {

// Version 1. Cells live as columns of `rows` so a form loads in one query; everything a
// merge or an audit needs (who, when, every earlier value, the origin value) lives beside.
const char *const CreateStatements[] = {
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
    "CREATE TABLE attachments ("
    " key TEXT PRIMARY KEY, position INTEGER NOT NULL, label TEXT NOT NULL,"
    " title TEXT NOT NULL, seq_header TEXT NOT NULL, headers TEXT NOT NULL)",
    "CREATE TABLE rows ("
    " uuid TEXT PRIMARY KEY, attachment TEXT NOT NULL REFERENCES attachments(key),"
    " position INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0,"
    " name TEXT NOT NULL DEFAULT '', content TEXT NOT NULL DEFAULT '',"
    " units TEXT NOT NULL DEFAULT '', partners TEXT NOT NULL DEFAULT '',"
    " progress TEXT NOT NULL DEFAULT '', plan TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX rows_in_order ON rows (attachment, deleted, position)",
    // Every value a cell ever had, newest last; the last one is the cell's provenance.
    "CREATE TABLE cell_changes ("
    " id INTEGER PRIMARY KEY, row_uuid TEXT NOT NULL, field TEXT NOT NULL,"
    " value TEXT NOT NULL, unit TEXT NOT NULL, at TEXT NOT NULL, source TEXT NOT NULL)",
    "CREATE INDEX cell_changes_by_cell ON cell_changes (row_uuid, field, id)",
    // The cell values of the form every copy descends from: the base of a three-way merge.
    "CREATE TABLE origin_cells (row_uuid TEXT NOT NULL, field TEXT NOT NULL, value TEXT NOT NULL,"
    " PRIMARY KEY (row_uuid, field)) WITHOUT ROWID",
    // Row life: created, deleted (the tombstone), restored, moved.
    "CREATE TABLE row_events ("
    " id INTEGER PRIMARY KEY, row_uuid TEXT NOT NULL, event TEXT NOT NULL,"
    " unit TEXT NOT NULL, at TEXT NOT NULL, source TEXT NOT NULL)",
    "CREATE INDEX row_events_by_row ON row_events (row_uuid, id)",
    // Earlier values of the form's properties (unit, date, 无 flag).
    "CREATE TABLE meta_changes ("
    " id INTEGER PRIMARY KEY, key TEXT NOT NULL, value TEXT NOT NULL,"
    " unit TEXT NOT NULL, at TEXT NOT NULL, source TEXT NOT NULL)",
};

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        *error = query.lastError().text();
        return false;
    }
    return true;
}

} // namespace

bool Schema::create(QSqlDatabase &db, QString *error)
{
    for (const char *statement : CreateStatements) {
        if (!exec(db, QString::fromLatin1(statement), error))
            return false;
    }
    return exec(db, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId), error) &&
           exec(db, QStringLiteral("PRAGMA user_version = %1").arg(Version), error);
}

bool Schema::migrate(QSqlDatabase &db, int fromVersion, QString *error)
{
    // Each step takes a file from version N to N+1. Version 1 is the first released format,
    // so there is no step yet; add `case 1:` here with the next format.
    if (fromVersion >= Version)
        return true;
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    for (int version = fromVersion; version < Version; ++version) {
        switch (version) {
        default:
            *error = QStringLiteral("no migration from format %1").arg(version);
            db.rollback();
            return false;
        }
    }
    if (!exec(db, QStringLiteral("PRAGMA user_version = %1").arg(Version), error)) {
        db.rollback();
        return false;
    }
    return db.commit();
}

bool Schema::looksComplete(QSqlDatabase &db, QString *missing)
{
    const QList<QPair<QString, QStringList>> expected = {
        {QStringLiteral("meta"), {QStringLiteral("key"), QStringLiteral("value")}},
        {QStringLiteral("attachments"),
         {QStringLiteral("key"), QStringLiteral("position"), QStringLiteral("label"),
          QStringLiteral("title"), QStringLiteral("seq_header"), QStringLiteral("headers")}},
        {QStringLiteral("rows"),
         {QStringLiteral("uuid"), QStringLiteral("attachment"), QStringLiteral("position"),
          QStringLiteral("deleted"), QStringLiteral("name"), QStringLiteral("content"),
          QStringLiteral("units"), QStringLiteral("partners"), QStringLiteral("progress"),
          QStringLiteral("plan")}},
        {QStringLiteral("cell_changes"),
         {QStringLiteral("row_uuid"), QStringLiteral("field"), QStringLiteral("value"),
          QStringLiteral("unit"), QStringLiteral("at"), QStringLiteral("source")}},
        {QStringLiteral("origin_cells"),
         {QStringLiteral("row_uuid"), QStringLiteral("field"), QStringLiteral("value")}},
        {QStringLiteral("row_events"),
         {QStringLiteral("row_uuid"), QStringLiteral("event"), QStringLiteral("unit")}},
        {QStringLiteral("meta_changes"),
         {QStringLiteral("key"), QStringLiteral("value"), QStringLiteral("unit")}},
    };
    for (const auto &[table, columns] : expected) {
        const QSqlRecord record = db.record(table);
        if (record.isEmpty()) {
            *missing = table;
            return false;
        }
        for (const QString &column : columns) {
            if (!record.contains(column)) {
                *missing = table + QLatin1Char('.') + column;
                return false;
            }
        }
    }
    return true;
}

} // namespace tianbao
