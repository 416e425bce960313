#pragma once

#include "form/Form.h"
#include "util/Result.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>
#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QLineEdit;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QToolBar;

namespace tianbao {

class AttachmentModel;
class AttachmentPage;
class CheckDialog;
class ExportController;
class FileChangeController;
class FileChangedBar;
class FormDocument;
class MergeController;
class MessagePresenter;
class NoticeImportController;
class ReadOnlyBar;
class WelcomePage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Menus that later features fill (they stay hidden while empty).
    enum class Extension
    {
        Import,
        Export,
        Merge
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Tests answer the questions; the window owns the presenter.
    void setPresenter(std::unique_ptr<MessagePresenter> presenter);
    MessagePresenter *presenter() const { return m_presenter.get(); }
    // Export, print preview and print (their actions and dialogs).
    ExportController *exports() const { return m_exports; }
    // Merging colleagues' files and the history of a cell.
    MergeController *merges() const { return m_merges; }
    // Import a Word notice.
    NoticeImportController *imports() const { return m_imports; }
    // At start: `path` if given, else the last file, else the welcome page.
    void startUp(const QString &path = QString());
    // Opens a form; a refusal is shown and the current form stays. True when opened.
    bool openFile(const QString &path);
    // Makes a new form from the notice at `path` for `unit`.
    bool createForm(const QString &path, const QString &unit);
    // Makes a new form holding `form` (an imported notice) at `path` for `unit`, and opens it.
    bool createForm(const QString &path, const Form &form, const QString &unit);
    void closeForm();

    FormDocument *document() const { return m_document.get(); }
    int pageCount() const;
    AttachmentPage *page(int index) const;
    AttachmentPage *currentPage() const;
    QTabWidget *tabs() const { return m_tabs; }
    ReadOnlyBar *readOnlyBar() const { return m_readOnlyBar; }
    // Another program changed the open file: the bar, and what reloads or saves a copy.
    FileChangedBar *fileChangedBar() const { return m_fileChangedBar; }
    FileChangeController *fileChanges() const { return m_fileChanges; }
    QLabel *completenessLabel() const { return m_completeness; }
    QLabel *propertiesLabel() const { return m_propertiesLabel; }
    QLineEdit *searchBox() const { return m_search; }
    WelcomePage *welcomePage() const { return m_welcome; }
    CheckDialog *checkDialog() const;
    QMenu *extensionMenu(Extension which) const;
    // Shows a cell of an attachment (a gap the check found).
    void goToGap(const QString &attachmentKey, const QString &rowUuid, int column);
    // Commits an open cell editor and the form pane's pending text.
    void commitEdits() { ensureNoOpenEditor(); }

    // The actions, for menus, toolbar, context menu and tests.
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *addRowAction() const { return m_addRow; }
    QAction *insertAboveAction() const { return m_insertAbove; }
    QAction *insertBelowAction() const { return m_insertBelow; }
    QAction *duplicateRowAction() const { return m_duplicateRow; }
    QAction *deleteRowAction() const { return m_deleteRow; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }
    QAction *onlyMyUnitAction() const { return m_onlyMyUnit; }
    QAction *checkAction() const { return m_check; }
    QAction *propertiesAction() const { return m_properties; }
    QAction *saveCopyAction() const { return m_saveCopy; }

public slots:
    void newForm();
    void openForm();
    void saveCopy();
    void editProperties();
    void showCheck();
    void addRow();
    void insertRowAbove();
    void insertRowBelow();
    void duplicateRow();
    void deleteRow();
    void moveRowUp();
    void moveRowDown();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslate();
    void setDocument(std::unique_ptr<FormDocument> document);
    void saveViewState();
    void restoreViewState(AttachmentPage *page);
    void updateActions();
    void updateTitle();
    void updateStatus();
    void updateCompleteness();
    void updateUndoTexts();
    void applyFilters();
    void addRecentFile(const QString &path);
    void updateRecentMenu();
    QStringList recentFiles() const;
    QStringList knownUnits() const;
    bool insertAt(AttachmentPage *page, int row);
    void selectRow(AttachmentPage *page, const QString &uuid, int column);
    void showTouched(AttachmentModel *model, const QString &uuid, int column);
    void reportWriteFailure(const QString &message);
    void rescueText(const QString &text);
    void showPendingFailure();
    bool ensureNoOpenEditor();

    std::unique_ptr<MessagePresenter> m_presenter;
    std::unique_ptr<FormDocument> m_document;

    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    QWidget *m_formPage;
    ReadOnlyBar *m_readOnlyBar;
    FileChangedBar *m_fileChangedBar;
    FileChangeController *m_fileChanges = nullptr;
    QTabWidget *m_tabs;
    QLabel *m_completeness;
    QLabel *m_propertiesLabel;
    QLineEdit *m_search;
    QToolBar *m_toolBar;
    QPointer<CheckDialog> m_checkDialog;
    ExportController *m_exports = nullptr;
    MergeController *m_merges = nullptr;
    NoticeImportController *m_imports = nullptr;
    QTimer m_completenessTimer;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_importMenu = nullptr;
    QMenu *m_exportMenu = nullptr;
    QMenu *m_mergeMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_helpMenu = nullptr;

    QAction *m_new = nullptr;
    QAction *m_open = nullptr;
    QAction *m_saveCopy = nullptr;
    QAction *m_properties = nullptr;
    QAction *m_close = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_addRow = nullptr;
    QAction *m_insertAbove = nullptr;
    QAction *m_insertBelow = nullptr;
    QAction *m_duplicateRow = nullptr;
    QAction *m_deleteRow = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    QAction *m_find = nullptr;
    QAction *m_onlyMyUnit = nullptr;
    QAction *m_check = nullptr;
    QAction *m_about = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_systemLanguage = nullptr;

    QString m_pendingFailure;
    QString m_rescuedText;
};

} // namespace tianbao
