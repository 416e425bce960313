#include "GuiTestSupport.h"
#include "TestSupport.h"

#include "AttachmentTable.h"
#include "MainWindow.h"
#include "form/FormTemplate.h"
#include "store/FormFile.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace tianbao::test {

void resetSettings()
{
    // Before the first QSettings: this process's settings live in a folder of its own.
    static QTemporaryDir config;
    static const bool pointed = [] {
        qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
        return true;
    }();
    Q_UNUSED(pointed);
    QSettings settings;
    settings.clear();
    settings.sync();
}

void createNoticeForm(const QString &path, const QString &unit)
{
    auto created = FormFile::create(path, FormTemplate::notice2023(), unit);
    REQUIRE(created.ok());
}

bool waitFor(const std::function<bool()> &condition, int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > ms)
            return false;
        QTest::qWait(10);
    }
    return true;
}

void holdUntilReleased(std::atomic_bool &holding, const std::atomic_bool &release, int ms)
{
    holding = true;
    for (int waited = 0; !release && waited < ms; waited += 5)
        QThread::msleep(5);
}

void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80 && c.isPrint())
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

QPlainTextEdit *openEditor(AttachmentTable *table)
{
    if (!table->isEditing())
        return nullptr;
    return qobject_cast<QPlainTextEdit *>(table->indexWidget(table->currentIndex()));
}

QString storedValue(const QString &path, const QString &attachmentKey, int row, Field field)
{
    auto file = FormFile::open(path, FormFile::Access::ReadOnly);
    REQUIRE(file.ok());
    const QVector<Row> rows = file.value()->rows(attachmentKey);
    REQUIRE(row < rows.size());
    return rows.at(row).value(field);
}

int storedRowCount(const QString &path, const QString &attachmentKey)
{
    auto file = FormFile::open(path, FormFile::Access::ReadOnly);
    REQUIRE(file.ok());
    return int(file.value()->rows(attachmentKey).size());
}

struct WindowFixture::Private
{
    QTemporaryDir dir;
};

WindowFixture::WindowFixture() : d(std::make_unique<Private>())
{
    resetSettings();
    folder = d->dir.path();
    path = d->dir.filePath(QStringLiteral("form.tianbao"));
    window = std::make_unique<MainWindow>();
    auto recording = std::make_unique<RecordingPresenter>();
    presenter = recording.get();
    window->setPresenter(std::move(recording));
    window->resize(1200, 800);
    window->show();
    REQUIRE(QTest::qWaitForWindowExposed(window.get()));
}

WindowFixture::~WindowFixture()
{
    window.reset();
}

void WindowFixture::open(const QString &unit)
{
    createNoticeForm(path, unit);
    REQUIRE(window->openFile(path));
    QApplication::processEvents();
}

} // namespace tianbao::test
