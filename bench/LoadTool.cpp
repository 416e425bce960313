// The load test's helper (scripts/load-test runs it under /usr/bin/time):
//   tianbao_load generate FILE ROWS [CHARS]   a filled form of ROWS rows in 附件1, its long
//                                             cells cut to CHARS characters (default 50)
//   tianbao_load window FILE OUTDIR           the window, offscreen: opens FILE, makes an edit,
//                                             exports OUTDIR/load.docx and OUTDIR/load.xlsx
//                                             through Export…; prints each step's seconds
//   tianbao_load preview FILE                 the window, offscreen: opens FILE, Print Preview…
//                                             until the first page is painted; prints
//                                             "preview shown <ms> ms, all <n> pages <ms> ms,
//                                             longest pause <ms> ms" (the longest the event loop
//                                             did not turn)
//   tianbao_load scroll FILE                  the window, offscreen: opens FILE, then pages
//                                             down 40 screens at each of 5 places in 附件1;
//                                             prints "frames <n>: median <ms> ms, p99 <ms> ms,
//                                             longest <ms> ms" (a page down until painted)
#include "AttachmentPage.h"
#include "AttachmentTable.h"
#include "FormDocument.h"
#include "FormGenerator.h"
#include "MainWindow.h"
#include "MessagePresenter.h"
#include "export/ExportController.h"
#include "export/ExportDialog.h"
#include "export/ReportPageView.h"
#include "export/ReportPreviewDialog.h"
#include "models/AttachmentModel.h"
#include "store/FormFile.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <optional>

using namespace tianbao;

namespace {

class QuietPresenter : public MessagePresenter
{
public:
    QStringList warnings;
    void warning(QWidget *, const QString &, const QString &text) override { warnings << text; }
    bool confirm(QWidget *, const QString &, const QString &) override { return true; }
    QString openFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return QString();
    }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return QString();
    }
    std::optional<QString> chooseText(QWidget *, const QString &, const QString &,
                                      const QStringList &, const QString &) override
    {
        return std::nullopt;
    }
};

int generate(const QString &path, int rows, int chars)
{
    bench::FormGenerator generator;
    Form form = generator.filledForm(rows);
    for (Attachment &attachment : form.attachments) {
        for (Row &row : attachment.rows) {
            for (Field field : {Field::Content, Field::Progress, Field::Plan})
                row.setValue(field, row.value(field).left(chars));
        }
    }
    QFile::remove(path);
    auto created = FormFile::create(path, form);
    if (!created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error()));
        return 2;
    }
    return 0;
}

void step(const char *what, QElapsedTimer &timer)
{
    std::printf("%-28s %8.2f s\n", what, timer.nsecsElapsed() / 1e9);
    std::fflush(stdout);
    timer.restart();
}

bool exportThrough(MainWindow &window, const QString &target)
{
    ExportController *exports = window.exports();
    bool finished = false;
    bool written = false;
    const auto connection =
        QObject::connect(exports, &ExportController::exportFinished, [&](bool ok) {
            finished = true;
            written = ok;
        });
    exports->exportAs();
    ExportDialog *dialog = exports->exportDialog();
    if (!dialog)
        return false;
    dialog->allRowsButton()->setChecked(true);
    dialog->pathEdit()->setText(target);
    dialog->exportButton()->click();
    while (!finished)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    QObject::disconnect(connection);
    return written && QFileInfo(target).size() > 0;
}

// The window as a user has it: 1280×800 with FILE open; its messages are kept, not shown.
class LoadWindow
{
public:
    LoadWindow()
    {
        auto presenter = std::make_unique<QuietPresenter>();
        m_said = presenter.get();
        window.setPresenter(std::move(presenter));
        window.resize(1280, 800);
        window.show();
    }
    // False after printing the window's sentence.
    bool open(const QString &path)
    {
        if (window.openFile(path))
            return true;
        std::fprintf(stderr, "%s\n", qPrintable(m_said->warnings.value(0)));
        return false;
    }
    // open(), then every row shown (not only the unit's), painted.
    bool openAllRows(const QString &path)
    {
        if (!open(path))
            return false;
        window.onlyMyUnitAction()->setChecked(false);
        QCoreApplication::processEvents();
        return true;
    }
    const QStringList &warnings() const { return m_said->warnings; }

    MainWindow window;

private:
    QuietPresenter *m_said = nullptr;
};

int window(const QString &path, const QString &outDir)
{
    QElapsedTimer timer;
    timer.start();
    LoadWindow load;
    MainWindow &window = load.window;
    if (!load.open(path))
        return 2;
    QCoreApplication::processEvents();
    step("open in the window", timer);

    AttachmentModel *model = window.document()->model(Attachment::ExistingKey);
    const int row = model->rowCount() / 2;
    if (!model->setData(model->index(row, AttachmentModel::PlanColumn),
                        QStringLiteral("十万行表格中间的一次编辑。")))
        return 1;
    // Let the completeness count and the row heights catch up, as the user would see them.
    QElapsedTimer idle;
    idle.start();
    while (idle.elapsed() < 300)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    step("one edit (+0.3 s idle)", timer);

    for (const char *extension : {"docx", "xlsx"}) {
        const QString target =
            QDir(outDir).filePath(QStringLiteral("load.") + QLatin1String(extension));
        QFile::remove(target);
        if (!exportThrough(window, target)) {
            std::fprintf(stderr, "export to %s failed: %s\n", qPrintable(target),
                         qPrintable(load.warnings().join(QLatin1Char(' '))));
            return 1;
        }
        step(extension[0] == 'd' ? "export .docx" : "export .xlsx", timer);
    }
    window.closeForm();
    step("close", timer);
    return load.warnings().isEmpty() ? 0 : 1;
}

int preview(const QString &path)
{
    LoadWindow load;
    MainWindow &window = load.window;
    if (!load.openAllRows(path))
        return 2;

    // A timer that should fire every 5 ms: the longest gap between two firings is the longest
    // the window was frozen.
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 longest = 0;
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        longest = qMax(longest, clock.elapsed() - last);
        last = clock.elapsed();
    });
    tick.start();
    ExportController *exports = window.exports();
    exports->printPreview();
    const auto shown = [&] {
        ReportPreviewDialog *dialog = exports->previewDialog();
        return dialog && dialog->pageView()->paintedPageCount() > 0;
    };
    while (!shown() && (exports->isLayingOut() || exports->previewDialog()))
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    if (!shown())
        return 1;
    const qint64 shownMs = clock.elapsed();
    // The other pages are recorded behind the shown preview; the window keeps turning.
    bool complete = false;
    QObject::connect(exports, &ExportController::layoutFinished,
                     [&complete](bool laidOut) { complete = laidOut; });
    while (exports->isLayingOut())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    if (!complete)
        return 1;
    const qint64 allMs = clock.elapsed();
    longest = qMax(longest, clock.elapsed() - last);
    std::printf("preview shown %lld ms, all %d pages %lld ms, longest pause %lld ms\n", shownMs,
                exports->previewDialog()->reportPageCount(), allMs, longest);
    return 0;
}

int scroll(const QString &path)
{
    LoadWindow load;
    MainWindow &window = load.window;
    if (!load.openAllRows(path))
        return 2;
    AttachmentTable *table = window.page(0)->table();
    QScrollBar *bar = table->verticalScrollBar();
    QVector<double> frames;
    QElapsedTimer frame;
    for (int place = 0; place < 5; ++place) {
        bar->setValue(bar->maximum() * place / 5);
        QCoreApplication::processEvents();
        table->viewport()->repaint();
        for (int step = 0; step < 40; ++step) {
            frame.start();
            // What Page Down does, then what the event loop does before the user sees it: the
            // rows coming into sight are measured (a zero timer) and painted.
            bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
            QCoreApplication::processEvents();
            table->viewport()->repaint();
            frames.append(frame.nsecsElapsed() / 1e6);
        }
    }
    std::sort(frames.begin(), frames.end());
    const auto at = [&frames](double share) {
        return frames.at(qMin(int(frames.size()) - 1, int(share * frames.size())));
    };
    std::printf("frames %d: median %.1f ms, p99 %.1f ms, longest %.1f ms\n", int(frames.size()),
                at(0.5), at(0.99), frames.last());
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TianbaoLoadTest"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() >= 4 && args.at(1) == QLatin1String("generate"))
        return generate(args.at(2), args.at(3).toInt(),
                        args.value(4, QStringLiteral("50")).toInt());
    if (args.size() == 4 && args.at(1) == QLatin1String("window"))
        return window(args.at(2), args.at(3));
    if (args.size() == 3 && args.at(1) == QLatin1String("preview"))
        return preview(args.at(2));
    if (args.size() == 3 && args.at(1) == QLatin1String("scroll"))
        return scroll(args.at(2));
    std::fprintf(stderr, "usage: tianbao_load generate FILE ROWS [CHARS] | window FILE OUTDIR | "
                         "preview FILE | scroll FILE\n");
    return 2;
}
