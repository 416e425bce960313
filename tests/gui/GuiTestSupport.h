#pragma once

#include "MessagePresenter.h"
#include "form/Field.h"

#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QPlainTextEdit;

namespace tianbao {
class MainWindow;
class AttachmentTable;
} // namespace tianbao

namespace tianbao::test {

// Answers the window's questions from a script and records what it was told.
class RecordingPresenter : public MessagePresenter
{
public:
    QStringList warnings;
    QStringList confirmations;
    bool confirmAnswer = true;
    QString openAnswer;
    QString saveAnswer;
    std::optional<QString> textAnswer;

    void warning(QWidget *, const QString &, const QString &text) override { warnings << text; }
    bool confirm(QWidget *, const QString &, const QString &text) override
    {
        confirmations << text;
        return confirmAnswer;
    }
    QString openFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return openAnswer;
    }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return saveAnswer;
    }
    std::optional<QString> chooseText(QWidget *, const QString &, const QString &,
                                      const QStringList &, const QString &) override
    {
        return textAnswer;
    }
};

// Gives this test process settings of its own, emptied.
void resetSettings();
// The notice's form at `path`, for `unit`.
void createNoticeForm(const QString &path, const QString &unit);
// Runs the event loop until `condition` holds (or `ms` passed); returns the condition.
bool waitFor(const std::function<bool()> &condition, int ms = 3000);
// For a worker's test hook: sets `holding`, then waits until `release` is set (or `ms` passed),
// so a test can look at the window while the worker is held.
void holdUntilReleased(std::atomic_bool &holding, const std::atomic_bool &release, int ms = 10000);
// Types `text` into `widget` key by key: QTest::keyClick for ASCII, and for other characters
// (QTest's keyClicks asserts on them) a key event carrying the character, as a keyboard layout
// that types it directly would send.
void typeText(QWidget *widget, const QString &text);
// The cell editor open in a table, or nullptr.
QPlainTextEdit *openEditor(AttachmentTable *table);
// A field of a row as the file holds it (read through a fresh FormFile).
QString storedValue(const QString &path, const QString &attachmentKey, int row, Field field);
int storedRowCount(const QString &path, const QString &attachmentKey);

// A shown window with a recording presenter.
struct WindowFixture
{
    WindowFixture();
    ~WindowFixture();
    // Makes the notice's form for `unit` and opens it.
    void open(const QString &unit = QStringLiteral("乡村振兴学院"));

    QString folder;
    QString path;
    RecordingPresenter *presenter = nullptr;
    std::unique_ptr<MainWindow> window;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tianbao::test
