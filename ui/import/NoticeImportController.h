#pragma once

#include <QObject>

class QAction;

namespace tianbao {

class MainWindow;

// 从Word通知导入 / Import a Word notice: a .docx the office sent becomes a new form, saved
// where the user says and opened. A document that is not such a notice gets the importer's
// sentence, and nothing is created.
class NoticeImportController : public QObject
{
    Q_OBJECT

public:
    explicit NoticeImportController(MainWindow *window);

    void retranslate();
    QAction *importAction() const { return m_import; }

public slots:
    // Asks for the .docx, then importFile.
    void importNotice();
    // True when a form was created and opened.
    bool importFile(const QString &docxPath);

private:
    MainWindow *m_window;
    QAction *m_import;
};

} // namespace tianbao
