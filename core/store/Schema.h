#pragma once

#include <QSqlDatabase>
#include <QString>

namespace tianbao {

// The layout of a .tianbao file and the steps that bring an older file up to date.
class Schema
{
public:
    // "TBAO": PRAGMA application_id, also readable at byte 68 of the file header.
    static constexpr quint32 ApplicationId = 0x5442414F;
    // PRAGMA user_version. Bump it with a migration step and a fixture of the old version in
    // tests/data/schema/.
    static constexpr int Version = 1;

    // Creates every table of the current version in an empty database.
    static bool create(QSqlDatabase &db, QString *error);
    // Brings a file of an older version up to Version, in one transaction.
    static bool migrate(QSqlDatabase &db, int fromVersion, QString *error);
    // Whether the tables and columns this version reads are all there.
    static bool looksComplete(QSqlDatabase &db, QString *missing);
};

} // namespace tianbao
