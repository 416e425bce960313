#include "GuiTestSupport.h"
#include "ReportTestSupport.h"
#include "TestSupport.h"

#include "AttachmentPage.h"
#include "AttachmentTable.h"
#include "FormDocument.h"
#include "MainWindow.h"
#include "export/ExportController.h"
#include "export/ExportDialog.h"
#include "export/ExportDoneDialog.h"
#include "export/SubmissionDialog.h"
#include "export/SubmissionNames.h"
#include "form/CompletenessCheck.h"
#include "form/UnitsCell.h"
#include "models/AttachmentModel.h"
#include "store/FormFile.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLockFile>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>
#include <unistd.h>

using namespace tianbao;
using namespace tianbao::test;

namespace {

const QString Unit = QStringLiteral("材料科学与工程学院");
const QString Title =
    QStringLiteral("成渝地区双城经济圈教育协同发展2023年项目成效与2024年计划要点表");

// The desktop as the tests see it: a Documents folder of their own, and every URL recorded.
struct Desktop
{
    QTemporaryDir documents;
    QList<QUrl> opened;
    QString saveAnswer;
    QString saveFilterAnswer;

    ExportHooks hooks()
    {
        ExportHooks h;
        h.documentsFolder = [this] { return documents.path(); };
        h.openUrl = [this](const QUrl &url) {
            opened << url;
            return true;
        };
        h.saveFileName = [this](QWidget *, const QString &, const QString &, const QString &,
                                QString *selected) {
            if (selected && !saveFilterAnswer.isEmpty())
                *selected = saveFilterAnswer;
            return saveAnswer;
        };
        h.choosePrinter = [](QPrinter *, QWidget *) { return false; };
        return h;
    }
};

// The filled form of the report tests with one answer of the unit emptied: the 计划要点 of
// the unit's first row (whose index goes to `row`).
Form formWithGap(int *row = nullptr)
{
    Form form = filledForm();
    QVector<Row> &rows = form.attachment(Attachment::ExistingKey)->rows;
    for (int i = 0; i < rows.size(); ++i) {
        if (UnitsCell::includesUnit(rows[i].value(Field::Units), Unit)) {
            REQUIRE_FALSE(rows[i].value(Field::Plan).isEmpty());
            rows[i].setValue(Field::Plan, QString());
            if (row)
                *row = i;
            break;
        }
    }
    return form;
}

void openForm(WindowFixture &f, const Form &form)
{
    REQUIRE(FormFile::create(f.path, form, Unit).ok());
    REQUIRE(f.window->openFile(f.path));
}

QStringList namesOf(const Form &form, bool unitRows)
{
    QStringList names;
    for (const Row &row : form.attachment(Attachment::ExistingKey)->rows) {
        if (UnitsCell::includesUnit(row.value(Field::Units), Unit) == unitRows)
            names << row.value(Field::Name);
    }
    return names;
}

QString documentXml(const QString &docx)
{
    return QString::fromUtf8(zipEntry(docx, QStringLiteral("word/document.xml")));
}

bool finishedExport(ExportController *exports, QSignalSpy &spy, int ms = 20000)
{
    return waitFor([&] { return spy.count() > 0 && !exports->isExporting(); }, ms);
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

TEST_CASE("Export for submission lists the gaps, and going on writes the Word file named for "
          "the unit in the last folder")
{
    WindowFixture f;
    Desktop desktop;
    f.window->exports()->setHooks(desktop.hooks());
    const Form form = formWithGap();
    openForm(f, form);
    ExportController *exports = f.window->exports();
    QSignalSpy finished(exports, &ExportController::exportFinished);

    CHECK(exports->submitAction()->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_E));
    QTest::keySequence(f.window.get(), QKeySequence(Qt::CTRL | Qt::Key_E));
    SubmissionDialog *dialog = exports->submissionDialog();
    REQUIRE(dialog);
    REQUIRE(waitFor([&] { return dialog->isVisible(); }));

    const CompletenessCheck::Summary summary = CompletenessCheck::run(form, Unit);
    REQUIRE(summary.gaps.size() >= 2); // row 1's plan, and 附件2 unanswered
    REQUIRE(dialog->gapList()->count() == summary.gaps.size());
    CHECK(dialog->gapList()->item(0)->text() == summary.gaps.first().description);
    CHECK(dialog->gapList()->isVisible());
    CHECK(dialog->exportButton()->text().contains(QStringLiteral("Anyway")));
    const QString expected =
        QDir(desktop.documents.path())
            .filePath(Unit + QLatin1Char('-') + Title + QStringLiteral(".docx"));
    CHECK(dialog->docxPath() == expected);
    CHECK_FALSE(dialog->pdfCheck()->isChecked());

    QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
    REQUIRE(finishedExport(exports, finished));
    CHECK(finished.first().first().toBool());
    CHECK(f.presenter->warnings.isEmpty());
    REQUIRE(QFile::exists(expected));
    CHECK_FALSE(
        QFile::exists(QDir(desktop.documents.path())
                          .filePath(Unit + QLatin1Char('-') + Title + QStringLiteral(".pdf"))));
    CHECK(filesIn(desktop.documents.path()) == QStringList{QFileInfo(expected).fileName()});

    // The unit's rows, not the others'.
    const QString xml = documentXml(expected);
    const QStringList mine = namesOf(form, true);
    REQUIRE(mine.size() >= 2);
    for (const QString &name : mine)
        CHECK(xml.contains(name.toHtmlEscaped()));
    for (const QString &name : namesOf(form, false))
        CHECK_FALSE(xml.contains(name.toHtmlEscaped()));
    CHECK(xml.contains(QStringLiteral("扩散增亮膜已被京东方采用")));

    ExportDoneDialog *done = exports->doneDialog();
    REQUIRE(done);
    CHECK(done->isVisible());
    CHECK(done->message()->text().contains(QFileInfo(expected).fileName()));
    QTest::mouseClick(done->openFolderButton(), Qt::LeftButton);
    REQUIRE(desktop.opened.size() == 1);
    CHECK(desktop.opened.first() == QUrl::fromLocalFile(desktop.documents.path()));
    done->close();
}

TEST_CASE("Going back from the submission check shows the first gap in the table")
{
    WindowFixture f;
    Desktop desktop;
    f.window->exports()->setHooks(desktop.hooks());
    int gapRow = -1;
    const Form form = formWithGap(&gapRow);
    REQUIRE(gapRow >= 0);
    openForm(f, form);
    f.window->tabs()->setCurrentIndex(1);
    f.window->exports()->submitAction()->trigger();
    SubmissionDialog *dialog = f.window->exports()->submissionDialog();
    REQUIRE(dialog);
    REQUIRE(dialog->goToGapButton());
    QTest::mouseClick(dialog->goToGapButton(), Qt::LeftButton);
    CHECK(waitFor([&] { return f.window->exports()->submissionDialog() == nullptr; }));
    CHECK(f.window->tabs()->currentIndex() == 0);
    AttachmentPage *page = f.window->page(0);
    CHECK(page->currentSourceRow() == gapRow);
    CHECK(page->table()->currentIndex().column() == AttachmentModel::PlanColumn);
    CHECK(filesIn(desktop.documents.path()).isEmpty());
}

TEST_CASE("The PDF-too choice writes the PDF beside the Word file and is remembered")
{
    if (!hasProgram(QStringLiteral("pdftotext"))) {
        WARN("poppler-utils are not installed");
        return;
    }
    WindowFixture f;
    Desktop desktop;
    f.window->exports()->setHooks(desktop.hooks());
    const Form form = filledForm();
    openForm(f, form);
    ExportController *exports = f.window->exports();
    QSignalSpy finished(exports, &ExportController::exportFinished);

    exports->submitAction()->trigger();
    SubmissionDialog *dialog = exports->submissionDialog();
    REQUIRE(dialog);
    dialog->pdfCheck()->setFocus();
    QTest::keyClick(dialog->pdfCheck(), Qt::Key_Space);
    REQUIRE(dialog->pdfCheck()->isChecked());
    QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
    REQUIRE(finishedExport(exports, finished));
    const QString base = QDir(desktop.documents.path()).filePath(Unit + QLatin1Char('-') + Title);
    REQUIRE(QFile::exists(base + QStringLiteral(".docx")));
    REQUIRE(QFile::exists(base + QStringLiteral(".pdf")));
    const QString text = pdfText(base + QStringLiteral(".pdf")).remove(QLatin1Char(' '));
    for (const QString &name : namesOf(form, true))
        CHECK(text.simplified()
                  .remove(QLatin1Char(' '))
                  .contains(QString(name).remove(QLatin1Char(' '))));
    exports->doneDialog()->close();

    // Next time the box is ticked already, and the folder is the one used.
    exports->submitAction()->trigger();
    REQUIRE(exports->submissionDialog());
    CHECK(exports->submissionDialog()->pdfCheck()->isChecked());
    CHECK(exports->submissionDialog()->docxPath() == base + QStringLiteral(".docx"));
    exports->submissionDialog()->reject();
}

TEST_CASE("Write Email hands a mailto: link with the reply address and the encoded subject")
{
    WindowFixture f;
    Desktop desktop;
    f.window->exports()->setHooks(desktop.hooks());
    openForm(f, filledForm());
    ExportController *exports = f.window->exports();
    QSignalSpy finished(exports, &ExportController::exportFinished);
    exports->submitAction()->trigger();
    REQUIRE(exports->submissionDialog());
    QTest::mouseClick(exports->submissionDialog()->exportButton(), Qt::LeftButton);
    REQUIRE(finishedExport(exports, finished));
    ExportDoneDialog *done = exports->doneDialog();
    REQUIRE(done);
    CHECK(done->message()->text().contains(QStringLiteral("345630954@qq.com")));
    QTest::mouseClick(done->emailButton(), Qt::LeftButton);
    REQUIRE(desktop.opened.size() == 1);
    const QUrl url = desktop.opened.first();
    CHECK(url.scheme() == QStringLiteral("mailto"));
    CHECK(url.path() == QStringLiteral("345630954@qq.com"));
    const QUrlQuery query(url);
    const QString subject = Unit + QLatin1Char('-') + Title;
    CHECK(query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded) == subject);
    const QString body = query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded);
    CHECK(body.contains(subject + QStringLiteral(".docx")));
    CHECK(body.contains(QStringLiteral("\r\n")));
    // On the wire: ASCII only, the subject's UTF-8 percent-encoded, no raw space.
    const QByteArray encoded = url.toEncoded();
    CHECK(encoded.startsWith("mailto:345630954@qq.com?subject="));
    CHECK(encoded.contains(QUrl::toPercentEncoding(subject)));
    for (const char c : encoded)
        CHECK((uchar(c) > 0x20 && uchar(c) < 0x7f));
    done->close();
}

TEST_CASE("The mailto: link keeps & = + # % of a title inside the subject")
{
    FormProperties p;
    p.unit = QStringLiteral("A&B=C");
    p.title = QStringLiteral("100% + #1 / 报表?");
    p.replyEmail = QStringLiteral("office@example.edu.cn");
    const QUrl url = SubmissionNames::mailto(p, {QStringLiteral("x.docx")});
    const QUrlQuery query(url);
    CHECK(query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded) ==
          QStringLiteral("A&B=C-100% + #1 / 报表?"));
    CHECK(url.fragment().isEmpty());
    CHECK(SubmissionNames::baseName(p) == QStringLiteral("A&B=C-100% + #1 _ 报表_"));
    CHECK(SubmissionNames::safeFileName(QStringLiteral(" a:b*c?\"d<e>f|g\\h/i\tj. ")) ==
          QStringLiteral("a_b_c__d_e_f_g_h_i_j"));
    CHECK(SubmissionNames::safeFileName(QStringLiteral("con.docx")) == QStringLiteral("_con.docx"));
}

TEST_CASE("Export… writes only 附件2, or only the unit's rows, in the format of the name")
{
    WindowFixture f;
    Desktop desktop;
    f.window->exports()->setHooks(desktop.hooks());
    Form form = filledForm();
    form.properties.noNewProjects = true;
    openForm(f, form);
    ExportController *exports = f.window->exports();
    QSignalSpy finished(exports, &ExportController::exportFinished);

    SECTION("only 附件2, all rows, as Word")
    {
        exports->exportAction()->trigger();
        ExportDialog *dialog = exports->exportDialog();
        REQUIRE(dialog);
        CHECK(dialog->path().endsWith(QStringLiteral(".docx")));
        QRadioButton *second = dialog->attachmentButton(2);
        REQUIRE(second);
        CHECK(second->text().contains(QStringLiteral("附件2")));
        QTest::mouseClick(second, Qt::LeftButton);
        const QString target = desktop.documents.filePath(QStringLiteral("new-only.docx"));
        dialog->pathEdit()->clear();
        QTest::keyClicks(dialog->pathEdit(), target);
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        REQUIRE(finishedExport(exports, finished));
        const QVector<DocxTable> tables =
            docxTables(zipEntry(target, QStringLiteral("word/document.xml")));
        REQUIRE(tables.size() == 1);
        const QString xml = documentXml(target);
        CHECK(xml.contains(QStringLiteral("附件2")));
        CHECK_FALSE(xml.contains(QStringLiteral("附件1")));
        CHECK(xml.contains(QStringLiteral("（新增项目）")));
        REQUIRE(tables.first().size() == 2); // the header and the 无 row
        CHECK(tables.first().at(1).at(1) == QStringLiteral("无"));
        for (const QString &name : namesOf(form, true))
            CHECK_FALSE(xml.contains(name.toHtmlEscaped()));
    }
    SECTION("both attachments, only the unit's rows, as CSV named through Browse")
    {
        exports->exportAction()->trigger();
        ExportDialog *dialog = exports->exportDialog();
        REQUIRE(dialog);
        QTest::mouseClick(dialog->unitRowsButton(), Qt::LeftButton);
        REQUIRE(dialog->unitRowsButton()->isChecked());
        // A name typed without an extension takes the filter's.
        desktop.saveAnswer = desktop.documents.filePath(QStringLiteral("mine"));
        desktop.saveFilterAnswer = QStringLiteral("CSV (comma-separated values) (*.csv)");
        QTest::mouseClick(dialog->browseButton(), Qt::LeftButton);
        const QString target = desktop.saveAnswer + QStringLiteral(".csv");
        REQUIRE(dialog->path() == target);
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        REQUIRE(finishedExport(exports, finished));
        QFile file(target);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        for (const QString &name : namesOf(form, true))
            CHECK(csv.contains(name));
        const QStringList others = namesOf(form, false);
        REQUIRE_FALSE(others.isEmpty());
        for (const QString &name : others)
            CHECK_FALSE(csv.contains(name));
        CHECK(csv.contains(QStringLiteral("附件2")));
    }
    CHECK(f.presenter->warnings.isEmpty());
}

TEST_CASE("An export that cannot be written shows the sentence and leaves the old file")
{
    WindowFixture f;
    Desktop desktop;
    f.window->exports()->setHooks(desktop.hooks());
    openForm(f, filledForm());
    ExportController *exports = f.window->exports();
    QSignalSpy finished(exports, &ExportController::exportFinished);
    const QString target = desktop.documents.filePath(QStringLiteral("old.xlsx"));
    {
        QFile old(target);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("the old workbook, still wanted");
    }
    const QByteArray before = fileDigest(target);
    f.presenter->confirmAnswer = true;

    SECTION("the writer fails half-way (no temporary folder for the workbook)")
    {
        const QByteArray tmp = qgetenv("TMPDIR");
        qputenv("TMPDIR", QByteArray("/nonexistent/tianbao-no-tmp"));
        exports->exportAction()->trigger();
        REQUIRE(exports->exportDialog());
        exports->exportDialog()->pathEdit()->setText(target);
        QTest::mouseClick(exports->exportDialog()->exportButton(), Qt::LeftButton);
        const bool ended = finishedExport(exports, finished);
        qputenv("TMPDIR", tmp);
        REQUIRE(ended);
        CHECK_FALSE(finished.first().first().toBool());
        REQUIRE(f.presenter->warnings.size() == 1);
        CHECK(f.presenter->warnings.first().startsWith(QStringLiteral("Cannot write ")));
        CHECK(f.presenter->warnings.first().contains(QStringLiteral("temporary")));
    }
    SECTION("the folder is read-only")
    {
        if (geteuid() == 0) {
            WARN("running as root: a read-only folder does not stop root");
            return;
        }
        QFile::setPermissions(desktop.documents.path(),
                              QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        exports->exportAction()->trigger();
        REQUIRE(exports->exportDialog());
        exports->exportDialog()->pathEdit()->setText(target);
        QTest::mouseClick(exports->exportDialog()->exportButton(), Qt::LeftButton);
        const bool ended = finishedExport(exports, finished);
        QFile::setPermissions(desktop.documents.path(), QFileDevice::ReadOwner |
                                                            QFileDevice::WriteOwner |
                                                            QFileDevice::ExeOwner);
        REQUIRE(ended);
        REQUIRE(f.presenter->warnings.size() == 1);
        CHECK(f.presenter->warnings.first().contains(QStringLiteral("left unchanged")));
    }
    CHECK(fileDigest(target) == before);
    CHECK(filesIn(desktop.documents.path()) == QStringList{QStringLiteral("old.xlsx")});
    CHECK(f.presenter->confirmations.size() == 1); // "old.xlsx already exists. Replace it?"
}

TEST_CASE("A long export keeps the window responsive, shows progress and cancels without a file")
{
    WindowFixture f;
    Desktop desktop;
    f.window->exports()->setHooks(desktop.hooks());
    openForm(f, longForm(12000)); // a PDF of many seconds: Cancel comes before its end
    f.window->onlyMyUnitAction()->setChecked(false);
    ExportController *exports = f.window->exports();
    QSignalSpy finished(exports, &ExportController::exportFinished);
    const QString target = desktop.documents.filePath(QStringLiteral("long.pdf"));

    exports->exportAction()->trigger();
    REQUIRE(exports->exportDialog());
    exports->exportDialog()->pathEdit()->setText(target);
    QElapsedTimer clock;
    clock.start();
    QTest::mouseClick(exports->exportDialog()->exportButton(), Qt::LeftButton);
    CHECK(clock.elapsed() < 500); // the click returns at once: the work is on a thread
    CHECK(exports->isExporting());
    CHECK_FALSE(exports->submitAction()->isEnabled());

    // The event loop keeps turning while the PDF is laid out.
    int ticks = 0;
    qint64 longestGap = 0;
    qint64 last = clock.elapsed();
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        ++ticks;
        longestGap = qMax(longestGap, clock.elapsed() - last);
        last = clock.elapsed();
    });
    ticker.start(10);
    // (Ten ticks at least: on a loaded machine the progress can show before ten have passed.)
    REQUIRE(waitFor(
        [&] {
            return exports->progressDialog() && exports->progressDialog()->isVisible() &&
                   exports->progressDialog()->value() > 0 && ticks > 10;
        },
        20000));
    ticker.stop();
    CHECK(exports->isExporting());
    CHECK(longestGap < 1500); // a frozen window would wait for the whole export

    auto *cancel = exports->progressDialog()->findChild<QPushButton *>();
    REQUIRE(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    REQUIRE(finishedExport(exports, finished, 30000));
    CHECK_FALSE(finished.first().first().toBool());
    CHECK(f.presenter->warnings.isEmpty());
    CHECK_FALSE(QFile::exists(target));
    CHECK(filesIn(desktop.documents.path()).isEmpty());
    CHECK(exports->submitAction()->isEnabled());
}

TEST_CASE("A read-only form exports for submission and prints")
{
    WindowFixture f;
    Desktop desktop;
    f.window->exports()->setHooks(desktop.hooks());
    REQUIRE(FormFile::create(f.path, filledForm(), Unit).ok());
    QLockFile other(f.path + QStringLiteral(".lock"));
    REQUIRE(other.tryLock(0));
    REQUIRE(f.window->openFile(f.path));
    REQUIRE(f.window->document()->isReadOnly());
    ExportController *exports = f.window->exports();
    CHECK(exports->submitAction()->isEnabled());
    CHECK(exports->exportAction()->isEnabled());
    CHECK(exports->previewAction()->isEnabled());
    CHECK(exports->printAction()->isEnabled());
    const QByteArray before = fileDigest(f.path);

    QSignalSpy finished(exports, &ExportController::exportFinished);
    exports->submitAction()->trigger();
    REQUIRE(exports->submissionDialog());
    QTest::mouseClick(exports->submissionDialog()->exportButton(), Qt::LeftButton);
    REQUIRE(finishedExport(exports, finished));
    CHECK(finished.first().first().toBool());
    CHECK(QFile::exists(
        exports->doneDialog()
            ? desktop.documents.filePath(Unit + QLatin1Char('-') + Title + QStringLiteral(".docx"))
            : QString()));
    CHECK(fileDigest(f.path) == before);
    exports->doneDialog()->close();
}

TEST_CASE("Without a form the report actions are off and they have their keys")
{
    WindowFixture f;
    ExportController *exports = f.window->exports();
    for (QAction *action : {exports->submitAction(), exports->exportAction(),
                            exports->previewAction(), exports->printAction()})
        CHECK_FALSE(action->isEnabled());
    CHECK(exports->printAction()->shortcut() == QKeySequence(QKeySequence::Print));
    CHECK(exports->exportAction()->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    f.open();
    CHECK(exports->submitAction()->isEnabled());
}
