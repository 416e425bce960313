#pragma once

#include <QObject>
#include <QPointer>
#include <functional>

class QAction;
class QProgressDialog;

namespace tianbao {

class MainWindow;
class NoticeReadJob;
struct Form;

// 从Word通知导入 / Import a Word notice: a .docx the office sent becomes a new form, saved
// where the user says and opened. A document that is not such a notice gets the importer's
// sentence, and nothing is created. The notice is read on a worker thread behind a progress
// dialog that shows after a moment and can cancel; the questions come once it has been read.
class NoticeImportController : public QObject
{
    Q_OBJECT

public:
    explicit NoticeImportController(MainWindow *window);

    void retranslate();
    QAction *importAction() const { return m_import; }
    bool isImporting() const { return m_job != nullptr; }
    // The "Reading the notice…" dialog while a notice is read (hidden for the first moment).
    QProgressDialog *progressDialog() const;
    // Runs on the worker before the notice is read. Tests hold the read there; unset in the
    // application.
    void setBeforeRead(std::function<void()> hook) { m_beforeRead = std::move(hook); }

public slots:
    // Asks for the .docx, then importFile.
    void importNotice();
    // Reads the notice on a worker; importFinished() tells how it ended.
    void importFile(const QString &docxPath);

signals:
    // True when a form was created and opened.
    void importFinished(bool created);

private:
    void readFinished(NoticeReadJob *job);
    bool createFrom(const QString &docxPath, const Form &form);
    void endReading();

    MainWindow *m_window;
    QAction *m_import;
    NoticeReadJob *m_job = nullptr;
    QPointer<QProgressDialog> m_progress;
    std::function<void()> m_beforeRead;
};

} // namespace tianbao
