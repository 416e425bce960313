// The window, offscreen, editing a form at a steady pace through its views and actions, for the
// window-level kill test: "committed <n>" on stdout means edit n returned, so it is in the file.
// Edits as EditLoop makes them: n%10 < 8 a 进展与成效/计划要点 cell typed into the table's model,
// 8 a row added to 附件2 (Add Row, then its name), 9 the first 附件2 row deleted (Delete Row).
//   tianbao_window_editloop FILE COUNT [FIRST]
#include "AttachmentPage.h"
#include "AttachmentTable.h"
#include "FormDocument.h"
#include "MainWindow.h"
#include "MessagePresenter.h"
#include "models/AttachmentModel.h"
#include "models/RowFilterModel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTabWidget>
#include <QTimer>
#include <cstdio>
#include <cstdlib>
#include <optional>

using namespace tianbao;

namespace {

// Says yes to "delete the row?"; any warning is a failure of the run.
class ScriptedPresenter : public MessagePresenter
{
public:
    void warning(QWidget *, const QString &, const QString &text) override
    {
        std::fprintf(stderr, "warning: %s\n", qPrintable(text));
        std::exit(1);
    }
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

bool editCell(MainWindow &window, QRandomGenerator &random, int n)
{
    window.tabs()->setCurrentIndex(0);
    AttachmentPage *page = window.page(0);
    RowFilterModel *view = page->filter();
    const int column = n % 2 ? AttachmentModel::PlanColumn : AttachmentModel::ProgressColumn;
    const QModelIndex index = view->index(int(random.bounded(view->rowCount())), column);
    page->table()->setCurrentIndex(index);
    return view->setData(index,
                         QStringLiteral("第%1次编辑：天冬组培快繁技术实现部分量产。").arg(n));
}

bool addRow(MainWindow &window, int n)
{
    window.tabs()->setCurrentIndex(1);
    AttachmentModel *model = window.page(1)->model();
    const int before = model->rowCount();
    window.addRowAction()->trigger();
    if (model->rowCount() != before + 1)
        return false;
    return model->setData(model->index(before, AttachmentModel::NameColumn),
                          QStringLiteral("新增项目%1").arg(n));
}

bool deleteRow(MainWindow &window)
{
    window.tabs()->setCurrentIndex(1);
    AttachmentPage *page = window.page(1);
    const int before = page->model()->rowCount();
    if (before == 0)
        return true;
    page->table()->setCurrentIndex(page->filter()->index(0, AttachmentModel::NameColumn));
    window.deleteRowAction()->trigger();
    return page->model()->rowCount() == before - 1;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: tianbao_window_editloop FILE COUNT [FIRST]\n");
        return 2;
    }
    // Settings of its own, never the user's nor another run's (a run killed while writing
    // them must not leave the next one a lock or half a file): in a folder of this process
    // beside the form, in the kill test's folder, which the test removes. A temporary folder
    // of the process's own would be left behind by every kill.
    const QString config =
        QFileInfo(QString::fromLocal8Bit(argv[1]))
            .absoluteDir()
            .filePath(QStringLiteral("config-%1").arg(QCoreApplication::applicationPid()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config));
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TianbaoKillTest"));
    const QStringList args = QCoreApplication::arguments();
    const int count = args.at(2).toInt();
    const int first = args.value(3, QStringLiteral("0")).toInt();

    MainWindow window;
    window.setPresenter(std::make_unique<ScriptedPresenter>());
    window.resize(1000, 700);
    window.show();
    if (!window.openFile(args.at(1)))
        return 2;
    if (window.document()->isReadOnly()) {
        // A lock left by the killed run must have been taken over.
        std::fprintf(stderr, "opened read-only: %s\n",
                     qPrintable(window.document()->readOnlyReason()));
        return 3;
    }
    std::printf("opened\n");
    std::fflush(stdout);

    QRandomGenerator random(quint32(first + 1));
    int n = first;
    QTimer pace;
    pace.setInterval(2);
    QObject::connect(&pace, &QTimer::timeout, [&] {
        const int kind = n % 10;
        const bool ok = kind < 8    ? editCell(window, random, n)
                        : kind == 8 ? addRow(window, n)
                                    : deleteRow(window);
        if (!ok) {
            std::fprintf(stderr, "edit %d failed\n", n);
            std::exit(1);
        }
        std::printf("committed %d\n", n);
        std::fflush(stdout);
        if (++n == first + count)
            app.quit();
    });
    pace.start();
    return app.exec();
}
