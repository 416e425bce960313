#pragma once

#include <QCoreApplication>
#include <QString>
#include <memory>

class QLockFile;

namespace tianbao {

// Keeps a second window or program from writing a form that is already open for writing.
// The lock is "<form>.lock" beside the form (so another computer sharing the folder sees it),
// or a file in the temporary folder keyed by the form's path when the form's folder cannot be
// written (then the form opens read-only anyway). A lock left behind by a crash is stale and
// taken over: QLockFile checks whether its process still runs.
class FormLock
{
    Q_DECLARE_TR_FUNCTIONS(FormLock)

public:
    explicit FormLock(const QString &formPath);
    ~FormLock();
    FormLock(const FormLock &) = delete;
    FormLock &operator=(const FormLock &) = delete;

    // Takes the lock. False, with reason(), when another window or program holds it. When no
    // lock file can be made at all the form is left unlocked and this returns true.
    bool tryLock();
    bool isLocked() const;
    void unlock();
    // Why the lock could not be taken, as a sentence for the read-only bar.
    QString reason() const { return m_reason; }
    QString lockFilePath() const { return m_lockPath; }

    static QString lockPathFor(const QString &formPath);

private:
    QString m_lockPath;
    QString m_reason;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace tianbao
