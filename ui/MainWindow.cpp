#include "MainWindow.h"

#include "AttachmentPage.h"
#include "AttachmentTable.h"
#include "CellEditorDelegate.h"
#include "CheckDialog.h"
#include "FileChangeController.h"
#include "FileChangedBar.h"
#include "FormDocument.h"
#include "LanguageManager.h"
#include "MessagePresenter.h"
#include "PropertiesDialog.h"
#include "ReadOnlyBar.h"
#include "RowFormPane.h"
#include "WelcomePage.h"
#include "export/ExportController.h"
#include "form/CompletenessCheck.h"
#include "form/FormTemplate.h"
#include "form/UnitsCell.h"
#include "import/NoticeImportController.h"
#include "merge/MergeController.h"
#include "models/AttachmentModel.h"
#include "models/RowFilterModel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tianbao {

namespace {

const int MaxRecentFiles = 8;

QString fileFilter()
{
    return MainWindow::tr("Tianbao forms (*.%1);;All files (*)")
        .arg(QLatin1String(FormFile::Extension));
}

QString safeFileName(QString name)
{
    static const QString forbidden = QStringLiteral("\\/:*?\"<>|\n\r\t");
    for (QChar &c : name) {
        if (forbidden.contains(c))
            c = QLatin1Char('_');
    }
    return name.trimmed();
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_presenter(std::make_unique<DialogPresenter>()),
      m_stack(new QStackedWidget(this)), m_welcome(new WelcomePage), m_formPage(new QWidget),
      m_readOnlyBar(new ReadOnlyBar), m_fileChangedBar(new FileChangedBar), m_tabs(new QTabWidget),
      m_completeness(new QLabel), m_propertiesLabel(new QLabel), m_search(new QLineEdit),
      m_toolBar(new QToolBar(this))
{
    auto *formLayout = new QVBoxLayout(m_formPage);
    formLayout->setContentsMargins(4, 4, 4, 0);
    formLayout->addWidget(m_readOnlyBar);
    formLayout->addWidget(m_fileChangedBar);
    formLayout->addWidget(m_tabs, 1);
    m_readOnlyBar->hide();
    m_fileChangedBar->hide();
    m_fileChanges = new FileChangeController(this, m_fileChangedBar);
    connect(m_fileChanges, &FileChangeController::stateChanged, this, [this] {
        updateTitle();
        updateActions();
    });
    m_tabs->setDocumentMode(true);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_formPage);
    setCentralWidget(m_stack);

    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(260);
    m_search->setObjectName(QStringLiteral("search"));
    m_completeness->setObjectName(QStringLiteral("completeness"));
    m_propertiesLabel->setObjectName(QStringLiteral("formProperties"));
    statusBar()->addPermanentWidget(m_propertiesLabel);
    statusBar()->addPermanentWidget(m_completeness);

    createActions();
    m_exports = new ExportController(this);
    m_merges = new MergeController(this);
    m_imports = new NoticeImportController(this);
    createMenus();

    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->addAction(m_exports->submitAction());
    m_toolBar->addAction(m_merges->mergeAction());
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_undo);
    m_toolBar->addAction(m_redo);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_addRow);
    m_toolBar->addAction(m_insertBelow);
    m_toolBar->addAction(m_duplicateRow);
    m_toolBar->addAction(m_deleteRow);
    m_toolBar->addAction(m_moveUp);
    m_toolBar->addAction(m_moveDown);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_check);
    m_toolBar->addAction(m_onlyMyUnit);
    m_toolBar->addWidget(m_search);
    addToolBar(Qt::TopToolBarArea, m_toolBar);

    m_completenessTimer.setSingleShot(true);
    m_completenessTimer.setInterval(150);
    connect(&m_completenessTimer, &QTimer::timeout, this, &MainWindow::updateCompleteness);

    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::applyFilters);
    connect(m_readOnlyBar, &ReadOnlyBar::saveCopyRequested, this, &MainWindow::saveCopy);
    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newForm);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openForm);
    connect(m_welcome, &WelcomePage::recentRequested, this, &MainWindow::openFile);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::updateActions);
    connect(&LanguageManager::instance(), &LanguageManager::changed, this, [this] {
        const QString choice = LanguageManager::instance().choice();
        for (QAction *action : m_languageGroup->actions())
            action->setChecked(action->data().toString() == choice);
    });

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1280, 800);
    m_onlyMyUnit->setChecked(settings.value(QStringLiteral("onlyMyUnit"), true).toBool());

    retranslate();
    updateRecentMenu();
    m_welcome->setRecentFiles(recentFiles());
    m_stack->setCurrentWidget(m_welcome);
    updateActions();
}

MainWindow::~MainWindow()
{
    closeForm();
}

void MainWindow::setPresenter(std::unique_ptr<MessagePresenter> presenter)
{
    m_presenter = std::move(presenter);
}

// ---------------------------------------------------------------- actions and menus

void MainWindow::createActions()
{
    auto make = [this](const char *name, QKeySequence shortcut = QKeySequence()) {
        auto *action = new QAction(this);
        action->setObjectName(QString::fromLatin1(name));
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        return action;
    };
    m_new = make("actionNew", QKeySequence::New);
    m_open = make("actionOpen", QKeySequence::Open);
    m_saveCopy = make("actionSaveCopy", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_properties = make("actionProperties", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_close = make("actionClose", QKeySequence::Close);
    m_quit = make("actionQuit", QKeySequence::Quit);
    m_quit->setShortcutContext(Qt::ApplicationShortcut);
    m_undo = make("actionUndo", QKeySequence::Undo);
    m_redo = make("actionRedo", QKeySequence::Redo);
    m_addRow = make("actionAddRow", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_insertAbove = make("actionInsertAbove", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_insertBelow = make("actionInsertBelow", QKeySequence(Qt::CTRL | Qt::Key_I));
    m_duplicateRow = make("actionDuplicateRow", QKeySequence(Qt::CTRL | Qt::Key_D));
    m_deleteRow = make("actionDeleteRow", QKeySequence(Qt::CTRL | Qt::Key_Delete));
    m_moveUp = make("actionMoveUp", QKeySequence(Qt::ALT | Qt::Key_Up));
    m_moveDown = make("actionMoveDown", QKeySequence(Qt::ALT | Qt::Key_Down));
    m_find = make("actionFind", QKeySequence::Find);
    m_onlyMyUnit = make("actionOnlyMyUnit", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M));
    m_onlyMyUnit->setCheckable(true);
    m_check = make("actionCheck", QKeySequence(Qt::Key_F7));
    m_about = make("actionAbout");

    connect(m_new, &QAction::triggered, this, &MainWindow::newForm);
    connect(m_open, &QAction::triggered, this, &MainWindow::openForm);
    connect(m_saveCopy, &QAction::triggered, this, &MainWindow::saveCopy);
    connect(m_properties, &QAction::triggered, this, &MainWindow::editProperties);
    connect(m_close, &QAction::triggered, this, [this] {
        closeForm();
        QSettings().remove(QStringLiteral("lastFile"));
    });
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    connect(m_undo, &QAction::triggered, this, [this] {
        if (m_document && ensureNoOpenEditor())
            m_document->undoStack()->undo();
    });
    connect(m_redo, &QAction::triggered, this, [this] {
        if (m_document && ensureNoOpenEditor())
            m_document->undoStack()->redo();
    });
    connect(m_addRow, &QAction::triggered, this, &MainWindow::addRow);
    connect(m_insertAbove, &QAction::triggered, this, &MainWindow::insertRowAbove);
    connect(m_insertBelow, &QAction::triggered, this, &MainWindow::insertRowBelow);
    connect(m_duplicateRow, &QAction::triggered, this, &MainWindow::duplicateRow);
    connect(m_deleteRow, &QAction::triggered, this, &MainWindow::deleteRow);
    connect(m_moveUp, &QAction::triggered, this, &MainWindow::moveRowUp);
    connect(m_moveDown, &QAction::triggered, this, &MainWindow::moveRowDown);
    connect(m_find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_onlyMyUnit, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("onlyMyUnit"), on);
        applyFilters();
    });
    connect(m_check, &QAction::triggered, this, &MainWindow::showCheck);
    connect(m_about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Tianbao"),
                           tr("<p><b>Tianbao %1</b></p><p>Fills in the tables of a notice, "
                              "checks what is missing, and saves every change at once.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    m_systemLanguage = new QAction(m_languageGroup);
    m_systemLanguage->setData(LanguageManager::System);
    m_systemLanguage->setCheckable(true);
    for (const auto &[code, name] : LanguageManager::available()) {
        auto *action = new QAction(name, m_languageGroup);
        action->setData(code);
        action->setCheckable(true);
        action->setObjectName(QStringLiteral("language_") + code);
    }
    const QString choice = LanguageManager::instance().choice();
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == choice);
    connect(m_languageGroup, &QActionGroup::triggered, this, [](QAction *action) {
        LanguageManager::instance().setChoice(action->data().toString());
    });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_new);
    m_fileMenu->addAction(m_open);
    m_fileMenu->addAction(m_imports->importAction());
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_saveCopy);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_exports->submitAction());
    m_fileMenu->addAction(m_exports->exportAction());
    m_fileMenu->addAction(m_exports->previewAction());
    m_fileMenu->addAction(m_exports->printAction());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_merges->mergeAction());
    // Extension points: import a Word table, export the report, merge a colleague's file.
    m_importMenu = m_fileMenu->addMenu(QString());
    m_exportMenu = m_fileMenu->addMenu(QString());
    m_mergeMenu = m_fileMenu->addMenu(QString());
    for (QMenu *menu : {m_importMenu, m_exportMenu, m_mergeMenu})
        menu->menuAction()->setVisible(false);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_properties);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_close);
    m_fileMenu->addAction(m_quit);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_addRow);
    m_editMenu->addAction(m_insertAbove);
    m_editMenu->addAction(m_insertBelow);
    m_editMenu->addAction(m_duplicateRow);
    m_editMenu->addAction(m_deleteRow);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_moveUp);
    m_editMenu->addAction(m_moveDown);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_find);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_merges->historyAction());

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_onlyMyUnit);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());

    m_toolsMenu = menuBar()->addMenu(QString());
    m_toolsMenu->addAction(m_check);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_about);
}

QMenu *MainWindow::extensionMenu(Extension which) const
{
    QMenu *menu = which == Extension::Import   ? m_importMenu
                  : which == Extension::Export ? m_exportMenu
                                               : m_mergeMenu;
    menu->menuAction()->setVisible(true);
    return menu;
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_importMenu->setTitle(tr("&Import"));
    m_exportMenu->setTitle(tr("&Export"));
    m_mergeMenu->setTitle(tr("&Merge"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Toolbar"));

    m_new->setText(tr("&New Form…"));
    m_open->setText(tr("&Open…"));
    m_saveCopy->setText(tr("Save a &Copy As…"));
    m_properties->setText(tr("&Properties…"));
    m_close->setText(tr("&Close"));
    m_quit->setText(tr("&Quit"));
    m_addRow->setText(tr("&Add Row"));
    m_addRow->setToolTip(tr("Add a row at the end"));
    m_insertAbove->setText(tr("Insert Row A&bove"));
    m_insertBelow->setText(tr("&Insert Row Below"));
    m_duplicateRow->setText(tr("D&uplicate Row"));
    m_deleteRow->setText(tr("&Delete Row…"));
    m_moveUp->setText(tr("Move Row &Up"));
    m_moveDown->setText(tr("Move Row Do&wn"));
    m_find->setText(tr("&Find"));
    m_onlyMyUnit->setText(tr("&Only My Unit"));
    m_onlyMyUnit->setToolTip(tr("Show only the rows of the form's unit"));
    m_check->setText(tr("&Check"));
    m_check->setToolTip(tr("List what is still missing"));
    m_about->setText(tr("&About Tianbao"));
    m_systemLanguage->setText(tr("&System Language"));
    m_exports->retranslate();
    m_merges->retranslate();
    m_imports->retranslate();
    m_search->setPlaceholderText(tr("Search (Ctrl+F)"));
    for (QAction *action : m_toolBar->actions())
        action->setToolTip(action->toolTip());
    updateUndoTexts();
    updateTitle();
    updateStatus();
    updateCompleteness();
    updateRecentMenu();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

// ---------------------------------------------------------------- opening and closing

void MainWindow::startUp(const QString &path)
{
    if (!path.isEmpty()) {
        openFile(path);
        return;
    }
    const QString last = QSettings().value(QStringLiteral("lastFile")).toString();
    if (!last.isEmpty() && QFileInfo::exists(last)) {
        auto document = FormDocument::open(last);
        if (document) {
            setDocument(std::move(document.value()));
            return;
        }
        statusBar()->showMessage(document.error(), 10000);
    }
}

bool MainWindow::openFile(const QString &path)
{
    if (path.isEmpty())
        return false;
    if (m_document && QFileInfo(path).absoluteFilePath() == m_document->path())
        return true;
    // The current form's lock goes first, or reopening it here would find it locked.
    auto document = FormDocument::open(path);
    if (!document) {
        m_presenter->warning(this, tr("Cannot Open the Form"), document.error());
        return false;
    }
    setDocument(std::move(document.value()));
    return true;
}

bool MainWindow::createForm(const QString &path, const QString &unit)
{
    return createForm(path, FormTemplate::notice2023(), unit);
}

bool MainWindow::createForm(const QString &path, const Form &form, const QString &unit)
{
    auto document = FormDocument::create(path, form, unit);
    if (!document) {
        m_presenter->warning(this, tr("Cannot Create the Form"), document.error());
        return false;
    }
    setDocument(std::move(document.value()));
    return true;
}

void MainWindow::newForm()
{
    const Form notice = FormTemplate::notice2023();
    QStringList units;
    for (const Attachment &attachment : notice.attachments) {
        for (const Row &row : attachment.rows) {
            for (const QString &unit : UnitsCell::unitList(row.value(Field::Units))) {
                if (!units.contains(unit))
                    units << unit;
            }
        }
    }
    const QString current = m_document ? m_document->properties().unit : QString();
    const std::optional<QString> unit = m_presenter->chooseText(
        this, tr("New Form"), tr("Your unit (填报单位), as it appears in the notice:"), units,
        current);
    if (!unit)
        return;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(folder);
    }
    const QString base = unit->isEmpty() ? notice.properties.title
                                         : *unit + QLatin1Char('-') + notice.properties.title;
    const QString suggested = QDir(folder).filePath(safeFileName(base) + QLatin1Char('.') +
                                                    QLatin1String(FormFile::Extension));
    QString path =
        m_presenter->saveFileName(this, tr("Save the New Form As"), suggested, fileFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + QLatin1String(FormFile::Extension);
    createForm(path, *unit);
}

void MainWindow::openForm()
{
    const QString folder =
        m_document ? QFileInfo(m_document->path()).absolutePath()
                   : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = m_presenter->openFileName(this, tr("Open a Form"), folder, fileFilter());
    openFile(path);
}

void MainWindow::setDocument(std::unique_ptr<FormDocument> document)
{
    closeForm();
    m_document = std::move(document);
    FormDocument *doc = m_document.get();
    for (AttachmentModel *model : doc->models()) {
        auto *page = new AttachmentPage(doc, model);
        const int index = m_tabs->addTab(page, page->tabText());
        m_tabs->setTabToolTip(index, model->attachment().title);
        restoreViewState(page);
        AttachmentTable *table = page->table();
        table->setContextMenuPolicy(Qt::ActionsContextMenu);
        table->addActions({m_insertAbove, m_insertBelow, m_addRow, m_duplicateRow});
        auto *separator = new QAction(table);
        separator->setSeparator(true);
        table->addAction(separator);
        table->addActions({m_moveUp, m_moveDown, m_deleteRow});
        auto *historySeparator = new QAction(table);
        historySeparator->setSeparator(true);
        table->addAction(historySeparator);
        table->addAction(m_merges->historyAction());
        connect(table->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &MainWindow::updateActions);
        connect(table->cellDelegate(), &CellEditorDelegate::commitFailed, this,
                &MainWindow::rescueText);
        connect(page, &AttachmentPage::filtersCleared, this, [this] {
            const QSignalBlocker blockSearch(m_search);
            const QSignalBlocker blockUnit(m_onlyMyUnit);
            m_search->clear();
            m_onlyMyUnit->setChecked(false);
            applyFilters();
        });
        if (model->rowCount() > 0)
            table->setCurrentIndex(page->filter()->index(0, AttachmentModel::NameColumn));
    }
    connect(doc, &FormDocument::writeFailed, this, &MainWindow::reportWriteFailure);
    connect(doc, &FormDocument::propertiesChanged, this, [this] {
        updateStatus();
        applyFilters();
        updateActions();
    });
    connect(doc, &FormDocument::contentChanged, this, [this] { m_completenessTimer.start(); });
    connect(doc, &FormDocument::touched, this, &MainWindow::showTouched);
    QUndoStack *undo = doc->undoStack();
    connect(undo, &QUndoStack::indexChanged, this, &MainWindow::updateUndoTexts);
    connect(undo, &QUndoStack::indexChanged, this, &MainWindow::updateActions);

    m_fileChanges->watch(doc);
    m_readOnlyBar->setReason(doc->readOnlyReason());
    m_readOnlyBar->setVisible(doc->isReadOnly());
    m_stack->setCurrentWidget(m_formPage);
    applyFilters();
    addRecentFile(doc->path());
    QSettings().setValue(QStringLiteral("lastFile"), doc->path());
    updateTitle();
    updateStatus();
    updateCompleteness();
    updateUndoTexts();
    updateActions();
    if (AttachmentPage *page = currentPage())
        page->table()->setFocus();
}

void MainWindow::closeForm()
{
    if (!m_document)
        return;
    for (int i = 0; i < pageCount(); ++i) {
        page(i)->table()->finishEditing();
        page(i)->pane()->commitPending();
    }
    saveViewState();
    if (m_checkDialog)
        m_checkDialog->close();
    while (m_tabs->count() > 0) {
        QWidget *widget = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete widget;
    }
    m_fileChanges->watch(nullptr);
    m_document.reset();
    m_readOnlyBar->hide();
    m_welcome->setRecentFiles(recentFiles());
    m_stack->setCurrentWidget(m_welcome);
    updateTitle();
    updateStatus();
    updateCompleteness();
    updateUndoTexts();
    updateActions();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    // Nothing to ask: every change is already in the file.
    const QString last = m_document ? m_document->path() : QString();
    closeForm();
    if (!last.isEmpty())
        settings.setValue(QStringLiteral("lastFile"), last);
    event->accept();
}

void MainWindow::saveViewState()
{
    QSettings settings;
    for (int i = 0; i < pageCount(); ++i) {
        AttachmentPage *p = page(i);
        const QString key = p->model()->attachmentKey();
        settings.setValue(QStringLiteral("columns/") + key,
                          p->table()->horizontalHeader()->saveState());
        settings.setValue(QStringLiteral("splitter/") + key, p->splitter()->saveState());
    }
}

void MainWindow::restoreViewState(AttachmentPage *page)
{
    QSettings settings;
    const QString key = page->model()->attachmentKey();
    const QByteArray columns = settings.value(QStringLiteral("columns/") + key).toByteArray();
    if (!columns.isEmpty())
        page->table()->horizontalHeader()->restoreState(columns);
    const QByteArray splitter = settings.value(QStringLiteral("splitter/") + key).toByteArray();
    if (splitter.isEmpty() || !page->splitter()->restoreState(splitter))
        page->splitter()->setSizes({width() * 7 / 10, width() * 3 / 10});
}

// ---------------------------------------------------------------- state shown

int MainWindow::pageCount() const
{
    return m_tabs->count();
}

CheckDialog *MainWindow::checkDialog() const
{
    return m_checkDialog.data();
}

AttachmentPage *MainWindow::page(int index) const
{
    return qobject_cast<AttachmentPage *>(m_tabs->widget(index));
}

AttachmentPage *MainWindow::currentPage() const
{
    return qobject_cast<AttachmentPage *>(m_tabs->currentWidget());
}

void MainWindow::updateActions()
{
    const bool open = m_document != nullptr;
    const bool writable = open && !m_document->isReadOnly();
    AttachmentPage *page = currentPage();
    const int row = page ? page->currentSourceRow() : -1;
    const int rows = page ? page->model()->rowCount() : 0;
    m_saveCopy->setEnabled(open);
    m_properties->setEnabled(open);
    m_close->setEnabled(open);
    m_check->setEnabled(open);
    m_find->setEnabled(open);
    m_search->setEnabled(open);
    m_onlyMyUnit->setEnabled(open && !m_document->properties().unit.isEmpty());
    m_addRow->setEnabled(writable && page);
    m_insertAbove->setEnabled(writable && page);
    m_insertBelow->setEnabled(writable && page);
    m_duplicateRow->setEnabled(writable && row >= 0);
    m_deleteRow->setEnabled(writable && row >= 0);
    m_moveUp->setEnabled(writable && row > 0);
    m_moveDown->setEnabled(writable && row >= 0 && row < rows - 1);
    m_undo->setEnabled(open && m_document->undoStack()->canUndo());
    m_redo->setEnabled(open && m_document->undoStack()->canRedo());
    for (QMenu *menu : {m_importMenu, m_exportMenu, m_mergeMenu})
        menu->setEnabled(open);
    m_exports->updateActions(open);
    m_merges->updateActions(open, writable);
}

void MainWindow::updateUndoTexts()
{
    QUndoStack *stack = m_document ? m_document->undoStack() : nullptr;
    const QString undo = stack ? stack->undoText() : QString();
    const QString redo = stack ? stack->redoText() : QString();
    m_undo->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undo));
    m_redo->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redo));
    m_undo->setEnabled(stack && stack->canUndo());
    m_redo->setEnabled(stack && stack->canRedo());
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(tr("Tianbao"));
        return;
    }
    QString name = QFileInfo(m_document->path()).fileName();
    if (m_document->isReadOnly())
        name = tr("%1 (read-only)").arg(name);
    setWindowTitle(tr("%1 — Tianbao").arg(name));
}

void MainWindow::updateStatus()
{
    if (!m_document) {
        m_propertiesLabel->clear();
        return;
    }
    const FormProperties &p = m_document->properties();
    QStringList parts;
    parts << tr("Unit: %1").arg(p.unit.isEmpty() ? tr("(not set)") : p.unit);
    if (p.signDate.isValid())
        parts << tr("Date: %1").arg(p.signDate.toString(Qt::ISODate));
    if (p.deadline.isValid())
        parts << tr("Due: %1").arg(p.deadline.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (!p.replyEmail.isEmpty())
        parts << tr("Reply to: %1").arg(p.replyEmail);
    m_propertiesLabel->setText(parts.join(QStringLiteral("  ·  ")));
}

void MainWindow::updateCompleteness()
{
    if (!m_document) {
        m_completeness->clear();
        return;
    }
    const QString unit = m_document->properties().unit;
    const CompletenessCheck::Summary summary = CompletenessCheck::run(m_document->snapshot(), unit);
    m_completeness->setText(tr("Filled %1/%2").arg(summary.completeRows).arg(summary.rows));
    // Green when nothing is missing, red while a gap remains (also 附件2 unanswered).
    m_completeness->setStyleSheet(
        summary.complete() ? QStringLiteral("QLabel { color: #1b7f3a; font-weight: bold; }")
                           : QStringLiteral("QLabel { color: #b3261e; font-weight: bold; }"));
    m_completeness->setToolTip(
        summary.complete()
            ? tr("Nothing is missing.")
            : tr("Still to fill: %1. Tools > Check lists them.").arg(summary.gaps.size()));
    if (m_checkDialog && m_checkDialog->isVisible())
        m_checkDialog->setSummary(summary, unit);
}

void MainWindow::applyFilters()
{
    const QString unit =
        m_document && m_onlyMyUnit->isChecked() ? m_document->properties().unit : QString();
    for (int i = 0; i < pageCount(); ++i) {
        page(i)->filter()->setUnitFilter(unit);
        page(i)->filter()->setSearchText(m_search->text());
    }
    updateActions();
}

// ---------------------------------------------------------------- recent files

QStringList MainWindow::recentFiles() const
{
    return QSettings().value(QStringLiteral("recentFiles")).toStringList();
}

void MainWindow::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    QSettings().setValue(QStringLiteral("recentFiles"), files);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction *action = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setToolTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
}

// ---------------------------------------------------------------- properties and check

QStringList MainWindow::knownUnits() const
{
    QStringList units;
    if (!m_document)
        return units;
    for (AttachmentModel *model : m_document->models()) {
        for (int row = 0; row < model->rowCount(); ++row) {
            for (const QString &unit : UnitsCell::unitList(model->rowAt(row).value(Field::Units))) {
                if (!units.contains(unit))
                    units << unit;
            }
        }
    }
    return units;
}

void MainWindow::editProperties()
{
    if (!m_document)
        return;
    PropertiesDialog dialog(m_document->properties(), knownUnits(), m_document->isReadOnly(), this);
    if (dialog.exec() != QDialog::Accepted || m_document->isReadOnly())
        return;
    QUndoStack *stack = m_document->undoStack();
    stack->beginMacro(tr("change the form's properties"));
    m_document->setProperty(Property::Unit, dialog.unit());
    m_document->setProperty(Property::SignDate, dialog.signDate());
    m_document->setProperty(Property::NoNewProjects, dialog.noNewProjects());
    stack->endMacro();
}

void MainWindow::showCheck()
{
    if (!m_document)
        return;
    if (!m_checkDialog) {
        m_checkDialog = new CheckDialog(this);
        m_checkDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_checkDialog, &CheckDialog::gapActivated, this,
                [this](const QString &key, const QString &uuid, Field field) {
                    goToGap(key, uuid, AttachmentModel::columnForField(field));
                });
    }
    const QString unit = m_document->properties().unit;
    m_checkDialog->setSummary(CompletenessCheck::run(m_document->snapshot(), unit), unit);
    m_checkDialog->show();
    m_checkDialog->raise();
    m_checkDialog->activateWindow();
}

void MainWindow::goToGap(const QString &attachmentKey, const QString &rowUuid, int column)
{
    for (int i = 0; i < pageCount(); ++i) {
        AttachmentPage *p = page(i);
        if (p->model()->attachmentKey() != attachmentKey)
            continue;
        m_tabs->setCurrentIndex(i);
        if (!rowUuid.isEmpty())
            selectRow(p, rowUuid, column);
        p->table()->setFocus();
        activateWindow();
        return;
    }
}

// ---------------------------------------------------------------- rows

bool MainWindow::ensureNoOpenEditor()
{
    if (AttachmentPage *page = currentPage()) {
        page->table()->finishEditing();
        page->pane()->commitPending();
    }
    return true;
}

void MainWindow::selectRow(AttachmentPage *page, const QString &uuid, int column)
{
    const int row = page->model()->rowOfUuid(uuid);
    if (row >= 0)
        page->showSourceCell(row, column);
    updateActions();
}

bool MainWindow::insertAt(AttachmentPage *page, int row)
{
    if (!page || !m_document || m_document->isReadOnly())
        return false;
    ensureNoOpenEditor();
    Row values;
    // A new row is the unit's own project: it stays visible under "only my unit".
    values.setValue(Field::Units, m_document->properties().unit);
    AttachmentModel *model = page->model();
    if (!m_document->insertRow(model, row, values, tr("insert row %1").arg(row + 1)))
        return false;
    if (!page->filter()->mapFromSource(model->index(row, 0)).isValid()) {
        m_search->clear();
    }
    page->showSourceCell(row, AttachmentModel::NameColumn);
    page->table()->setFocus();
    return true;
}

void MainWindow::addRow()
{
    if (AttachmentPage *page = currentPage())
        insertAt(page, page->model()->rowCount());
}

void MainWindow::insertRowAbove()
{
    if (AttachmentPage *page = currentPage())
        insertAt(page, qMax(0, page->currentSourceRow()));
}

void MainWindow::insertRowBelow()
{
    if (AttachmentPage *page = currentPage()) {
        const int row = page->currentSourceRow();
        insertAt(page, row < 0 ? page->model()->rowCount() : row + 1);
    }
}

void MainWindow::duplicateRow()
{
    AttachmentPage *page = currentPage();
    if (!page || !m_document || page->currentSourceRow() < 0)
        return;
    ensureNoOpenEditor();
    const int row = page->currentSourceRow();
    const int column = page->table()->currentIndex().column();
    if (m_document->duplicateRow(page->model(), row))
        page->showSourceCell(row + 1, column);
}

void MainWindow::deleteRow()
{
    AttachmentPage *page = currentPage();
    if (!page || !m_document || page->currentSourceRow() < 0)
        return;
    ensureNoOpenEditor();
    const int row = page->currentSourceRow();
    const int column = page->table()->currentIndex().column();
    const QString name = page->model()->rowAt(row).value(Field::Name).simplified();
    const QString question =
        tr("Delete row %1 “%2” of %3? Edit > Undo brings it back.")
            .arg(row + 1)
            .arg(name.isEmpty() ? tr("(no name)") : name, page->model()->attachment().label);
    if (!m_presenter->confirm(this, tr("Delete Row"), question))
        return;
    if (m_document->deleteRow(page->model(), row)) {
        const int rows = page->model()->rowCount();
        if (rows > 0)
            page->showSourceCell(qMin(row, rows - 1), column);
    }
}

void MainWindow::moveRowUp()
{
    AttachmentPage *page = currentPage();
    if (!page || !m_document)
        return;
    ensureNoOpenEditor();
    const int row = page->currentSourceRow();
    const int column = page->table()->currentIndex().column();
    if (row > 0 && m_document->moveRow(page->model(), row, row - 1))
        page->showSourceCell(row - 1, column);
}

void MainWindow::moveRowDown()
{
    AttachmentPage *page = currentPage();
    if (!page || !m_document)
        return;
    ensureNoOpenEditor();
    const int row = page->currentSourceRow();
    const int column = page->table()->currentIndex().column();
    if (row >= 0 && m_document->moveRow(page->model(), row, row + 1))
        page->showSourceCell(row + 1, column);
}

void MainWindow::showTouched(AttachmentModel *model, const QString &uuid, int column)
{
    for (int i = 0; i < pageCount(); ++i) {
        AttachmentPage *p = page(i);
        if (p->model() != model)
            continue;
        m_tabs->setCurrentIndex(i);
        if (!uuid.isEmpty()) {
            const int row = model->rowOfUuid(uuid);
            if (row >= 0)
                p->showSourceCell(row, column);
        }
    }
    updateActions();
}

// ---------------------------------------------------------------- copy and failures

void MainWindow::saveCopy()
{
    if (!m_document)
        return;
    ensureNoOpenEditor();
    const QFileInfo info(m_document->path());
    const QString suggested = info.dir().filePath(
        tr("%1 (copy).%2").arg(info.completeBaseName(), QLatin1String(FormFile::Extension)));
    const QString target =
        m_presenter->saveFileName(this, tr("Save a Copy As"), suggested, fileFilter());
    if (target.isEmpty())
        return;
    if (Status status = m_document->file()->saveCopyAs(target); !status) {
        m_presenter->warning(this, tr("Copy Not Saved"), status.error());
        return;
    }
    statusBar()->showMessage(tr("A copy was saved as %1.").arg(QDir::toNativeSeparators(target)),
                             8000);
}

void MainWindow::reportWriteFailure(const QString &message)
{
    statusBar()->showMessage(message, 15000);
    m_pendingFailure = message;
    // The delegate reports the text it could not save right after; one message for both.
    QTimer::singleShot(0, this, &MainWindow::showPendingFailure);
}

void MainWindow::rescueText(const QString &text)
{
    QGuiApplication::clipboard()->setText(text);
    m_rescuedText = text;
}

void MainWindow::showPendingFailure()
{
    if (m_pendingFailure.isEmpty())
        return;
    QString message = m_pendingFailure;
    if (!m_rescuedText.isEmpty())
        message += QStringLiteral("\n\n") +
                   tr("What you typed is not lost: it has been copied to the clipboard.");
    m_pendingFailure.clear();
    m_rescuedText.clear();
    m_presenter->warning(this, tr("Change Not Saved"), message);
}

} // namespace tianbao
