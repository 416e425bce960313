#include "GuiTestSupport.h"
#include "TestSupport.h"

#include "FormDocument.h"
#include "MainWindow.h"
#include "form/FormTemplate.h"
#include "import/NoticeImportController.h"
#include "import/NoticeReadJob.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <atomic>

using namespace tianbao;
using namespace tianbao::test;

namespace {

const QString Unit = QStringLiteral("材料科学与工程学院");

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::NoDotAndDotDot);
}

void requireSameForm(const Form &imported, const Form &notice)
{
    CHECK(imported.properties.title == notice.properties.title);
    CHECK(imported.properties.originUuid == notice.properties.originUuid);
    REQUIRE(imported.attachments.size() == notice.attachments.size());
    for (int i = 0; i < notice.attachments.size(); ++i) {
        const Attachment &a = imported.attachments.at(i);
        const Attachment &b = notice.attachments.at(i);
        CHECK(a.key == b.key);
        CHECK(a.label == b.label);
        CHECK(a.title == b.title);
        CHECK(a.rows == b.rows);
    }
}

} // namespace

TEST_CASE("Importing the Word notice creates the built-in form and opens it")
{
    WindowFixture f;
    QAction *action = f.window->imports()->importAction();
    // In the File menu, and usable with no form open.
    bool inFileMenu = false;
    for (QAction *menu : f.window->menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(action))
            inFileMenu = true;
    }
    CHECK(inFileMenu);
    CHECK(action->isEnabled());

    f.presenter->openAnswer = dataPath(QStringLiteral("docx/notice-word.docx"));
    f.presenter->textAnswer = Unit;
    const QString target = f.folder + QStringLiteral("/imported");
    f.presenter->saveAnswer = target;
    QSignalSpy finished(f.window->imports(), &NoticeImportController::importFinished);
    action->trigger();
    // The notice is read on a worker; the questions come once it is read.
    REQUIRE(waitFor([&] { return finished.count() == 1; }));
    CHECK(finished.first().first().toBool());

    CHECK(f.presenter->warnings.isEmpty());
    REQUIRE(f.window->document());
    CHECK(f.window->document()->path() ==
          QFileInfo(target + QStringLiteral(".tianbao")).absoluteFilePath());
    CHECK(f.window->document()->properties().unit == Unit);
    CHECK(f.window->pageCount() == 2);
    auto file = FormFile::open(target + QStringLiteral(".tianbao"), FormFile::Access::ReadOnly);
    REQUIRE(file.ok());
    requireSameForm(file.value()->load(), FormTemplate::notice2023());
}

TEST_CASE(
    "A bad .docx or an old .doc is refused with the importer's sentence and nothing is created")
{
    WindowFixture f;
    f.open(Unit);
    const QString open = f.window->document()->path();
    const QStringList before = filesIn(f.folder);
    f.presenter->textAnswer = Unit;
    f.presenter->saveAnswer = f.folder + QStringLiteral("/never.tianbao");

    for (const QString &bad :
         {QStringLiteral("bad/zip-bomb.docx"), QStringLiteral("bad/old-word.doc")}) {
        INFO(bad);
        f.presenter->warnings.clear();
        f.presenter->openAnswer = dataPath(bad);
        QSignalSpy finished(f.window->imports(), &NoticeImportController::importFinished);
        f.window->imports()->importAction()->trigger();
        REQUIRE(waitFor([&] { return finished.count() == 1; }));
        CHECK_FALSE(finished.first().first().toBool());
        REQUIRE(f.presenter->warnings.size() == 1);
        CHECK_FALSE(f.presenter->warnings.first().isEmpty());
        CHECK(filesIn(f.folder) == before);
        // The form that was open stays open and usable.
        REQUIRE(f.window->document());
        CHECK(f.window->document()->path() == open);
        CHECK(f.window->addRowAction()->isEnabled());
    }
    CHECK(f.presenter->warnings.first().contains(QStringLiteral(".docx")));
}

TEST_CASE("A notice is read on a worker: the window keeps turning and Cancel makes no form")
{
    WindowFixture f;
    f.open(Unit);
    const QString open = f.window->document()->path();
    const QStringList before = filesIn(f.folder);
    NoticeImportController *imports = f.window->imports();
    std::atomic_bool holding{false};
    std::atomic_bool release{false};
    imports->setBeforeRead([&] { holdUntilReleased(holding, release); });
    f.presenter->openAnswer = dataPath(QStringLiteral("docx/notice-word.docx"));
    f.presenter->textAnswer = Unit;
    f.presenter->saveAnswer = f.folder + QStringLiteral("/never");
    QSignalSpy finished(imports, &NoticeImportController::importFinished);
    imports->importAction()->trigger();
    REQUIRE(waitFor([&] { return holding.load(); }));
    const QPointer<NoticeReadJob> job = imports->findChild<NoticeReadJob *>();
    REQUIRE(job);
    CHECK(imports->isImporting());
    // A second import cannot start while one reads.
    CHECK_FALSE(imports->importAction()->isEnabled());
    // The window's event loop turns while the notice is read.
    bool turned = false;
    QTimer::singleShot(20, f.window.get(), [&] { turned = true; });
    REQUIRE(waitFor([&] { return turned; }));
    // After a moment the progress shows, naming the file; its Cancel ends the import at once.
    REQUIRE(waitFor(
        [&] { return imports->progressDialog() && imports->progressDialog()->isVisible(); }));
    CHECK(imports->progressDialog()->labelText().contains(QStringLiteral("notice-word.docx")));
    QPushButton *cancel = imports->progressDialog()->findChild<QPushButton *>();
    REQUIRE(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    REQUIRE(finished.count() == 1);
    CHECK_FALSE(finished.first().first().toBool());
    CHECK_FALSE(imports->isImporting());
    CHECK(imports->importAction()->isEnabled());
    CHECK(f.window->statusBar()->currentMessage() ==
          QStringLiteral("The import was cancelled; no form was made."));
    // The worker finishes reading; nothing is asked and nothing is created.
    release = true;
    REQUIRE(waitFor([&] { return job.isNull(); }));
    QTest::qWait(50);
    CHECK(finished.count() == 1);
    CHECK(f.presenter->warnings.isEmpty());
    CHECK(filesIn(f.folder) == before);
    REQUIRE(f.window->document());
    CHECK(f.window->document()->path() == open);

    // The next import runs as usual.
    imports->setBeforeRead(nullptr);
    f.presenter->saveAnswer = f.folder + QStringLiteral("/imported");
    imports->importAction()->trigger();
    REQUIRE(waitFor([&] { return finished.count() == 2; }));
    CHECK(finished.last().first().toBool());
    REQUIRE(f.window->document());
    CHECK(f.window->document()->path() ==
          QFileInfo(f.folder + QStringLiteral("/imported.tianbao")).absoluteFilePath());
}
