#pragma once

#include <QCoreApplication>
#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace tianbao {

class FormFile;

// Notices when another program (an editor, a sync client, a second Tianbao) changes, replaces
// or deletes an open form, and ignores the form's own commits.
//
// How each case is told apart:
// - Deleted: the path is gone.
// - Replaced: the path names another file than the one opened (device and inode differ). A
//   sync client or editor writes a new file and renames it over the old one; the open
//   connection keeps reading the old file (POSIX keeps an open inode alive), so it still
//   holds the window's version. On Windows SQLite opens the file without FILE_SHARE_DELETE:
//   nobody can rename over it or delete it while it is open, so this case does not arise.
// - Modified: the same file was written in place by someone else. SQLite's PRAGMA
//   data_version changes for other connections' commits and for bytes written behind its
//   back (the header's change counter moved), never for this connection's own commits; the
//   connection now reads the other version.
// The folder is watched too, because a rename over the file drops the file's watch (it is
// added again), and a slow timer checks as well, for folders that report nothing (network
// shares).
class FileChangeMonitor : public QObject
{
    Q_OBJECT

public:
    enum class Change
    {
        None,
        Modified,
        Replaced,
        Deleted
    };
    Q_ENUM(Change)

    // Watches `file`'s path from now on; `file` must outlive the monitor.
    explicit FileChangeMonitor(FormFile *file, QObject *parent = nullptr);

    // What happened so far (None until someone else touched the file). Once changed, the
    // file never counts as unchanged again: only reopening it does.
    Change change() const { return m_change; }
    // Looks at the file now; emits changed() when what is seen differs from before.
    Change check();
    // While this program writes the file through a connection of its own (a batch merge on a
    // worker thread), those commits move data_version too: they are not someone else's. From
    // begin to end only replacement and deletion are looked for; end takes the version the
    // file has then as this program's own.
    void beginOwnWrites();
    void endOwnWrites();
    // True when the open connection still reads the version this program wrote (the file was
    // replaced or deleted, the old one stays open), so copying the database copies it.
    bool connectionHoldsOwnVersion() const;

    // One sentence saying what happened to `path`.
    static QString sentence(Change change, const QString &path);

signals:
    void changed(tianbao::FileChangeMonitor::Change change);

private:
    struct Identity
    {
        bool exists = false;
        quint64 device = 0;
        quint64 inode = 0;
        bool operator==(const Identity &other) const
        {
            return exists == other.exists && device == other.device && inode == other.inode;
        }
    };
    static Identity identityOf(const QString &path);
    void watch();

    FormFile *m_file;
    QString m_path;
    Identity m_opened;
    qint64 m_dataVersion = -1;
    Change m_change = Change::None;
    int m_ownWriters = 0;
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    QTimer m_poll;
};

} // namespace tianbao
