#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace tianbao {

// The bar above a form that another program changed, replaced or deleted: what happened, and
// the two ways on: read the file as it is now, or keep this window's version as a copy.
class FileChangedBar : public QFrame
{
    Q_OBJECT

public:
    explicit FileChangedBar(QWidget *parent = nullptr);
    // `what` is one sentence; Reload is offered only when there is a file to reload.
    void setMessage(const QString &what, bool canReload);
    QString text() const;
    QPushButton *reloadButton() const { return m_reload; }
    QPushButton *saveCopyButton() const { return m_copy; }

signals:
    void reloadRequested();
    void saveCopyRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QLabel *m_label;
    QPushButton *m_reload;
    QPushButton *m_copy;
    QString m_what;
};

} // namespace tianbao
