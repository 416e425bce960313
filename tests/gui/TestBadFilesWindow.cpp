// Every checked-in bad .tianbao opened through the window (File > Open): one sentence, no
// crash, the form open before stays open and editable, the bad file keeps its bytes. The ones
// that are still forms (odd bytes in a cell, a 10 MB cell, a hot journal) open and take an edit.
#include "GuiTestSupport.h"
#include "TestSupport.h"

#include "AttachmentPage.h"
#include "AttachmentTable.h"
#include "FormDocument.h"
#include "MainWindow.h"
#include "models/AttachmentModel.h"
#include "store/FormFile.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QTest>

using namespace tianbao;
using namespace tianbao::test;

namespace {

const QString Existing = QStringLiteral("existing");
const QStringList StillForms = {QStringLiteral("invalid-utf8.tianbao"),
                                QStringLiteral("huge-cell.tianbao"),
                                QStringLiteral("hot-journal.tianbao")};

QStringList badForms()
{
    return QDir(dataPath(QStringLiteral("bad")))
        .entryList({QStringLiteral("*.tianbao")}, QDir::Files, QDir::Name);
}

QString copyFixture(const QString &folder, const QString &name)
{
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(name);
    for (const QString &suffix : {QString(), QStringLiteral("-journal")}) {
        const QString source = dataPath(QStringLiteral("bad/") + name + suffix);
        if (!QFile::exists(source))
            continue;
        REQUIRE(QFile::copy(source, path + suffix));
        QFile::setPermissions(path + suffix, QFile::ReadOwner | QFile::WriteOwner);
    }
    return path;
}

// An edit through the model, as a view makes it; true when it reached the file.
bool editAndCheck(MainWindow *window, int row, const QString &text)
{
    AttachmentModel *model = window->document()->model(Existing);
    if (!model || !model->setData(model->index(row, AttachmentModel::PlanColumn), text))
        return false;
    return storedValue(window->document()->path(), Existing, row, Field::Plan) == text;
}

} // namespace

TEST_CASE("Every bad .tianbao through the window: one sentence, the open form stays editable")
{
    WindowFixture f;
    f.open();
    const QStringList names = badForms();
    REQUIRE(names.size() >= 12);
    int refused = 0;
    for (const QString &name : names) {
        if (StillForms.contains(name))
            continue;
        INFO(name.toStdString());
        const QString folder = f.folder + QStringLiteral("/") + name + QStringLiteral(".d");
        const QString path = copyFixture(folder, name);
        const QByteArray before = fileDigest(path);
        const int warnings = f.presenter->warnings.size();

        CHECK_FALSE(f.window->openFile(path));
        QApplication::processEvents();
        REQUIRE(f.presenter->warnings.size() == warnings + 1);
        const QString sentence = f.presenter->warnings.last();
        INFO(sentence.toStdString());
        CHECK_FALSE(sentence.trimmed().isEmpty());
        CHECK_FALSE(sentence.contains(QLatin1Char('\n')));
        CHECK(fileDigest(path) == before);
        CHECK(QDir(folder).entryList(QDir::Files) == QStringList{name});

        // The form open before is still there, writable, and takes an edit.
        REQUIRE(f.window->document());
        CHECK(f.window->document()->path() == f.path);
        CHECK_FALSE(f.window->document()->isReadOnly());
        CHECK(f.window->pageCount() == 2);
        CHECK(editAndCheck(f.window.get(), 0, QStringLiteral("打开%1之后").arg(name)));
        ++refused;
    }
    CHECK(refused == names.size() - StillForms.size());
}

TEST_CASE("A cell of bytes that are not UTF-8 opens with replacement characters")
{
    WindowFixture f;
    f.open();
    const QString path =
        copyFixture(f.folder + QStringLiteral("/odd"), QStringLiteral("invalid-utf8.tianbao"));
    const QByteArray before = fileDigest(path);
    REQUIRE(f.window->openFile(path));
    CHECK(f.presenter->warnings.isEmpty());
    AttachmentModel *model = f.window->document()->model(Existing);
    bool replaced = false;
    for (int row = 0; row < model->rowCount(); ++row)
        replaced = replaced || model->index(row, AttachmentModel::ProgressColumn)
                                   .data()
                                   .toString()
                                   .contains(QChar(QChar::ReplacementCharacter));
    CHECK(replaced);
    CHECK(fileDigest(path) == before);
    CHECK(editAndCheck(f.window.get(), 3, QStringLiteral("照常编辑")));
}

TEST_CASE("A 10 MB cell opens: the table shows its start and the form takes an edit")
{
    WindowFixture f;
    f.open();
    const QString path =
        copyFixture(f.folder + QStringLiteral("/huge"), QStringLiteral("huge-cell.tianbao"));
    const QByteArray before = fileDigest(path);
    REQUIRE(f.window->openFile(path));
    QApplication::processEvents();
    CHECK(f.presenter->warnings.isEmpty());
    AttachmentModel *model = f.window->document()->model(Existing);
    int huge = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->rowAt(row).value(Field::Content).size() > 3000000)
            huge = row;
    }
    REQUIRE(huge >= 0);
    const QString shown = model->index(huge, AttachmentModel::ContentColumn).data().toString();
    CHECK(shown.size() <= AttachmentModel::DisplayLimit + 100);
    // Shown in the table and the pane, but no text box is opened on 3.5 million characters.
    AttachmentPage *page = f.window->page(0);
    page->showSourceCell(huge, AttachmentModel::ContentColumn);
    page->table()->setFocus();
    QTest::keyClick(page->table(), Qt::Key_F2);
    CHECK(openEditor(page->table()) == nullptr);
    CHECK(fileDigest(path) == before);
    CHECK(editAndCheck(f.window.get(), huge == 0 ? 1 : 0, QStringLiteral("大单元格旁边的编辑")));
    // The huge cell itself is still whole in the file.
    auto file = FormFile::open(path, FormFile::Access::ReadOnly);
    REQUIRE(file.ok());
    CHECK(file.value()->rows(Existing).at(huge).value(Field::Content).size() == 3500000);
}

TEST_CASE("A hot journal opens in the window as the last committed form")
{
    WindowFixture f;
    f.open();
    const QString path =
        copyFixture(f.folder + QStringLiteral("/hot"), QStringLiteral("hot-journal.tianbao"));
    REQUIRE(QFile::exists(path + QStringLiteral("-journal")));
    REQUIRE(f.window->openFile(path));
    CHECK(f.presenter->warnings.isEmpty());
    CHECK_FALSE(f.window->document()->isReadOnly());
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-journal")));
    AttachmentModel *model = f.window->document()->model(Existing);
    REQUIRE(model->rowCount() == 13);
    CHECK(model->rowAt(0).value(Field::Progress).startsWith(QStringLiteral("天冬组培快繁技术")));
    for (int row = 0; row < model->rowCount(); ++row)
        CHECK(model->rowAt(row).value(Field::Progress) != QStringLiteral("NEVER COMMITTED"));
    CHECK(editAndCheck(f.window.get(), 2, QStringLiteral("回滚之后的编辑")));
}
